// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "collections/expectations.h"
#include "i18n/translations.h"
#include "interchange/importreport.h"
#include "sandbox/sandbox.h"
#include "sources/sessionkeystore.h"
#include "ui/backfillwindow.h"
#include "ui/checksdialog.h"
#include "ui/composerpanel.h"
#include "ui/environmentdialog.h"
#include "ui/importreportdialog.h"
#include "ui/mainwindow.h"
#include "ui/responseview.h"
#include "ui/runnerwindow.h"
#include "ui/sandboxpanel.h"
#include "ui/sourcedialog.h"
#include "variables/environment.h"
#include "variables/secretstore.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ewb;

namespace {

// The roles a person acts on: each needs a name a screen reader can say.
bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::PageTab:
    case QAccessible::PageTabList:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonDropGrid:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::HotkeyField:
    case QAccessible::Link: return true;
    default: return false;
    }
}

// Views and boxes whose children are their items (cells, list entries, a popup): the items are
// named by their data; what matters here is the control itself.
bool hasItemChildren(QAccessible::Role role)
{
    return role == QAccessible::List || role == QAccessible::Table || role == QAccessible::Tree ||
        role == QAccessible::ComboBox || role == QAccessible::SpinBox;
}

QString describe(const QObject *object)
{
    QStringList chain;
    for (const QObject *o = object; o; o = o->parent()) {
        const QString name = o->objectName();
        chain.prepend(name.isEmpty() ? QString::fromLatin1(o->metaObject()->className()) : name);
        if (o->isWidgetType() && static_cast<const QWidget *>(o)->isWindow())
            break;
    }
    return chain.join(u'/') + QStringLiteral(" (") + QString::fromLatin1(object->metaObject()->className()) +
        u')';
}

QString roleName(QAccessible::Role role)
{
    return QString::number(int(role), 16).prepend(QStringLiteral("role 0x"));
}

// Every interactive element under root without a name, by two routes: the accessibility tree as
// an assistive technology walks it, and every widget that takes the keyboard focus (which finds
// editors inside item views, that the tree reaches only as cells). excluded: widgets whose insides
// are checked elsewhere, or not yet.
class Audit
{
public:
    explicit Audit(QList<const QWidget *> excluded = {}) : m_excluded(std::move(excluded)) { }

    QStringList findings() const { return m_findings; }
    int checked() const { return m_checked; }

    void run(QWidget *root)
    {
        walk(QAccessible::queryAccessibleInterface(root), 0);
        for (QWidget *w : root->findChildren<QWidget *>()) {
            // A combo box's popup is a window of its own, named by its box.
            if (w->focusPolicy() == Qt::NoFocus || w->window() != root->window() || isExcluded(w) ||
                isQtInternal(w))
                continue;
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
            check(iface, w);
        }
    }

private:
    bool isExcluded(const QObject *o) const
    {
        for (; o; o = o->parent()) {
            if (o->isWidgetType() && m_excluded.contains(static_cast<const QWidget *>(o)))
                return true;
        }
        return false;
    }

    // A spin box's or an editable combo box's line edit is the box itself to a screen reader
    // (its name is the box's): the box is checked.
    static bool isQtInternal(const QWidget *w)
    {
        const QWidget *parent = w->parentWidget();
        return qobject_cast<const QAbstractSpinBox *>(parent) || qobject_cast<const QComboBox *>(parent);
    }

    void check(QAccessibleInterface *iface, const QObject *object)
    {
        if (!iface || !isInteractive(iface->role()))
            return;
        const QString key = describe(object) + QString::number(quintptr(iface));
        if (m_seen.contains(key))
            return;
        m_seen.insert(key);
        ++m_checked;
        // And what it does, unless its name says it all: a dialog's OK, Cancel or Close.
        // (A tab bar says what it holds by its tabs; its scroll arrows are Qt's and say it too.)
        if (iface->text(QAccessible::Description).trimmed().isEmpty() &&
            !qobject_cast<const QDialogButtonBox *>(object->parent()) &&
            iface->role() != QAccessible::PageTabList && !qobject_cast<const QTabBar *>(object->parent()))
            m_findings.append(QStringLiteral("%1 (“%2”): no accessible description (a tooltip is one)")
                                  .arg(describe(object), iface->text(QAccessible::Name)));
        if (iface->text(QAccessible::Name).trimmed().isEmpty())
            m_findings.append(
                QStringLiteral("%1, %2: no accessible name").arg(describe(object), roleName(iface->role())));
        // On Linux a combo box's name is its current text, whatever its accessible name: what it
        // is for comes from a label (a buddy) or, elsewhere, from the accessible name.
        else if (iface->role() == QAccessible::ComboBox && iface->relations(QAccessible::Label).isEmpty() &&
            static_cast<const QWidget *>(object)->accessibleName().isEmpty())
            m_findings.append(QStringLiteral("%1: a combo box with neither a label nor an accessible name")
                                  .arg(describe(object)));
    }

    void walk(QAccessibleInterface *iface, int depth)
    {
        if (!iface || depth > 64)
            return;
        QObject *object = iface->object();
        if (object && isExcluded(object))
            return;
        if (object && object->isWidgetType() && isQtInternal(static_cast<QWidget *>(object)))
            return;
        // A tab is not an object of its own: it is named after its bar.
        if (iface->role() == QAccessible::PageTab && !object && iface->parent()) {
            if (iface->text(QAccessible::Name).trimmed().isEmpty())
                m_findings.append(
                    QStringLiteral("a tab of %1: no text").arg(describe(iface->parent()->object())));
            ++m_checked;
            return;
        }
        if (object)
            check(iface, object);
        if (hasItemChildren(iface->role()))
            return;
        for (int i = 0; i < iface->childCount(); ++i)
            walk(iface->child(i), depth + 1);
    }

    QList<const QWidget *> m_excluded;
    QStringList m_findings;
    QSet<QString> m_seen;
    int m_checked = 0;
};

QStringList clashesOf(const QHash<int, QStringList> &owners)
{
    QStringList out;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1)
            out << QStringLiteral("%1: %2").arg(QKeySequence(it.key()).toString(QKeySequence::NativeText),
                it.value().join(QStringLiteral(", ")));
    }
    return out;
}

void addMnemonic(QHash<int, QStringList> &owners, const QString &text, const QString &owner)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    if (!key.isEmpty())
        owners[key[0].toCombined()].append(owner + QStringLiteral(" “") + text + QStringLiteral("”"));
}

// The items of each menu of the window: in an open menu a letter shared by two items only moves
// between them.
QStringList menuMnemonicClashes(QWidget *window)
{
    QStringList out;
    for (QMenu *menu : window->findChildren<QMenu *>()) {
        QHash<int, QStringList> owners;
        for (QAction *a : menu->actions()) {
            if (a->isVisible() && !a->isSeparator())
                addMnemonic(owners, a->text(), menu->title().isEmpty() ? describe(menu) : menu->title());
        }
        out << clashesOf(owners);
    }
    return out;
}

// Alt+letter keys in one window: two controls with the same one and the key only moves the focus
// between them (Qt's answer to an ambiguous mnemonic) instead of acting.
QStringList mnemonicClashes(QWidget *window)
{
    QHash<int, QStringList> owners;
    const auto add = [&](const QString &text, const QString &owner) { addMnemonic(owners, text, owner); };
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->window() != window || !w->isVisibleTo(window))
            continue;
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            add(b->text(), describe(b));
        else if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy())
            add(l->text(), describe(l));
        else if (auto *bar = qobject_cast<QMenuBar *>(w)) {
            for (QAction *a : bar->actions())
                add(a->text(), QStringLiteral("menu"));
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i))
                    add(tabs->tabText(i), describe(tabs));
            }
        }
    }
    return clashesOf(owners) + menuMnemonicClashes(window);
}

QString shortcutsText(const QList<QKeySequence> &keys)
{
    QStringList out;
    for (const QKeySequence &k : keys)
        out << k.toString(QKeySequence::NativeText);
    return out.join(QStringLiteral(", "));
}

} // namespace

// The window as a screen reader and a keyboard see it (issue 13): every control named, every
// shortcut discoverable and unambiguous, the first-event workflow done with the keyboard alone.
class TestAccessibility final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;

    void expectNamed(QWidget *root, const QList<const QWidget *> &excluded = {})
    {
        Audit audit(excluded);
        audit.run(root);
        QVERIFY2(audit.checked() > 0, "nothing interactive was found: the audit itself is broken");
        for (const QString &finding : audit.findings())
            qWarning("%s", qPrintable(finding)); // all of them: a failure message is cut short
        QVERIFY2(audit.findings().isEmpty(),
            qPrintable(QStringLiteral("%1 of %2 interactive elements have no name (listed above)")
                           .arg(audit.findings().size())
                           .arg(audit.checked())));
    }

    void activate()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    // A key as a person presses it: to whatever has the focus.
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
        QTest::keyClick(target, Qt::Key(key), modifiers);
    }
    static QString focusName()
    {
        return QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString();
    }
    // Which pane has the focus: its dock, or the composer or its problems list.
    QString pane() const
    {
        for (QWidget *w = QApplication::focusWidget(); w; w = w->parentWidget()) {
            if (qobject_cast<QDockWidget *>(w) || w->objectName() == u"diagnosticsList" ||
                w->objectName() == u"composerPanel")
                return w->objectName();
        }
        return QStringLiteral("(none)");
    }
    void openWindow()
    {
        m_window.reset();
        WorkbenchOptions options;
        options.configFolder = m_dir->filePath(QStringLiteral("config"));
        options.dataFolder = m_dir->filePath(QStringLiteral("data"));
        m_window = std::make_unique<MainWindow>(options);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    // The checks of names, mnemonics and shortcuts run in every language the window speaks: a
    // translation brings its own labels, its own letters to clash and its own key names. The
    // window is built again in it (init() built it in English).
    void speak(const QString &language)
    {
        QCOMPARE(
            installTranslations({QStringLiteral("core"), QStringLiteral("workbench")}, QLocale(language)),
            language);
        if (language != u"en")
            openWindow();
    }

    // A "language" column with a row for each language the window has a catalog for.
    static void languageRows()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : availableLanguages())
            QTest::addRow("%s", qPrintable(language)) << language;
    }

    void waitForCheck()
    {
        QTRY_VERIFY(m_window->composer()->lastCheck().parsed &&
            m_window->composer()->lastCheck().payload == m_window->composer()->document()->payload());
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        openWindow();
    }

    void cleanup()
    {
        m_window.reset();
        m_dir.reset();
        installTranslations({QStringLiteral("core"), QStringLiteral("workbench")}, QLocale(QLocale::English));
    }

    void mainWindowIsNamed_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("type");
        for (const QString &language : availableLanguages()) {
            for (const auto &[name, type] : {std::pair {"track", CallType::Track},
                     std::pair {"identify", CallType::Identify}, std::pair {"batch", CallType::Batch}})
                QTest::addRow("%s/%s", qPrintable(language), name) << language << int(type);
        }
    }

    void mainWindowIsNamed()
    {
        QFETCH(QString, language);
        QFETCH(int, type);
        speak(language);
        if (QTest::currentTestFailed())
            return;
        // Rows in the tables, so that the editors in their cells (a value's type) are audited too.
        m_window->composer()->document()->loadText(
            QStringLiteral(R"({"type":"track","userId":"u1","event":"E","properties":{"plan":"pro"},)"
                           R"("context":{"ip":"203.0.113.9"},"integrations":{"All":true}})"),
            CallType::Track);
        m_window->composer()->pickCallType(CallType(type));
        expectNamed(m_window.get());
        if (QTest::currentTestFailed())
            return;
        m_window->composer()->showJsonTab(true);
        expectNamed(m_window.get());
    }

    void runnerWindowIsNamed_data() { languageRows(); }

    void runnerWindowIsNamed()
    {
        QFETCH(QString, language);
        speak(language);
        if (!QTest::currentTestFailed())
            expectNamed(m_window->showRunner());
    }

    void backfillWindowIsNamed_data() { languageRows(); }

    void backfillWindowIsNamed()
    {
        QFETCH(QString, language);
        speak(language);
        if (!QTest::currentTestFailed())
            expectNamed(m_window->showBackfill());
    }

    void dialogsAreNamed_data() { languageRows(); }

    void dialogsAreNamed()
    {
        QFETCH(QString, language);
        speak(language);
        if (QTest::currentTestFailed())
            return;
        SourceDialog source(Source::create(QStringLiteral("Production"), Region::EU), true, m_window.get());
        expectNamed(&source);

        EnvironmentStore store(environmentsFolder(m_dir->filePath(QStringLiteral("data"))));
        Environment staging = Environment::create(QStringLiteral("staging"));
        staging.variables.push_back(Variable {QStringLiteral("userId"), QStringLiteral("u1"), false});
        staging.variables.push_back(Variable {QStringLiteral("token"), QString(), true});
        QVERIFY(store.save(staging).ok());
        SessionKeyStore keys;
        SecretStore secrets(keys);
        EnvironmentDialog environments(&store, &secrets, QStringLiteral("staging"), m_window.get());
        expectNamed(&environments);

        ChecksDialog checks(QStringLiteral("Order completed"), Expectations {}, m_window.get());
        expectNamed(&checks);

        ImportReportDialog report(QStringLiteral("Imported 2 requests."),
            {ImportNote {ImportNote::Kind::NotCarried, QStringLiteral("Login"), QStringLiteral("a script")}},
            m_window.get());
        expectNamed(&report);
    }

    void mnemonicsAreUnique_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("window");
        for (const QString &language : availableLanguages()) {
            for (const char *name : {"track", "identify", "page", "group", "alias", "batch", "json", "runner",
                     "backfill", "source", "checks", "environments"})
                QTest::addRow("%s/%s", qPrintable(language), name) << language << QString::fromLatin1(name);
        }
    }

    void mnemonicsAreUnique()
    {
        QFETCH(QString, language);
        QFETCH(QString, window);
        speak(language);
        if (QTest::currentTestFailed())
            return;
        EnvironmentStore store(environmentsFolder(m_dir->filePath(QStringLiteral("data"))));
        SessionKeyStore keys;
        SecretStore secrets(keys);
        std::unique_ptr<QWidget> dialog;
        QWidget *shown = m_window.get();
        if (const std::optional<CallType> type = callTypeFromName(window))
            m_window->composer()->pickCallType(*type);
        else if (window == u"json")
            m_window->composer()->showJsonTab(true);
        else if (window == u"runner")
            shown = m_window->showRunner();
        else if (window == u"backfill")
            shown = m_window->showBackfill();
        else if (window == u"source")
            shown =
                (dialog = std::make_unique<SourceDialog>(Source::create(QString(), Region::US), true)).get();
        else if (window == u"checks")
            shown = (dialog = std::make_unique<ChecksDialog>(QStringLiteral("r"), Expectations {})).get();
        else if (window == u"environments")
            shown = (dialog = std::make_unique<EnvironmentDialog>(&store, &secrets, QString())).get();
        const QStringList clashes = mnemonicClashes(shown);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
    }

    // Every field of the form has its Alt+letter in every language: a translated label without the
    // English letter ("Ereignis" has no t) lost its key until the letter became translatable.
    void formFieldsHaveMnemonics_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("type");
        for (const QString &language : availableLanguages()) {
            for (CallType type : {CallType::Identify, CallType::Track, CallType::Page, CallType::Screen,
                     CallType::Group, CallType::Alias})
                QTest::addRow("%s/%s", qPrintable(language), qPrintable(callTypeName(type)))
                    << language << int(type);
        }
    }

    void formFieldsHaveMnemonics()
    {
        QFETCH(QString, language);
        QFETCH(int, type);
        speak(language);
        if (QTest::currentTestFailed())
            return;
        m_window->composer()->pickCallType(CallType(type));
        QStringList without;
        int labels = 0;
        for (QLabel *label : m_window->composer()->findChildren<QLabel *>()) {
            if (!label->buddy() || !label->isVisibleTo(m_window.get()))
                continue;
            ++labels;
            if (QKeySequence::mnemonic(label->text()).isEmpty())
                without << describe(label) + QStringLiteral(" “") + label->text() + QStringLiteral("”");
        }
        QVERIFY2(labels >= 4, "the form's labels were not found: the check itself is broken");
        QVERIFY2(without.isEmpty(), qPrintable(without.join(u'\n')));
    }

    // The first event with the keyboard alone: compose a track call, go to its problem and fix it,
    // send it, read the answer, see what the sandbox recorded. Only keys, only the window's own.
    void firstEventByKeyboardAlone()
    {
        activate();
        press(Qt::Key_2, Qt::ControlModifier); // Track
        press(Qt::Key_1, Qt::ControlModifier | Qt::ShiftModifier); // the form: its first field
        QCOMPARE(focusName(), QStringLiteral("callForm_userId"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("u1"));
        waitForCheck();
        // The one problem left: no event name. F8 goes to it, the focus on the field to fix.
        press(Qt::Key_F8);
        QCOMPARE(focusName(), QStringLiteral("callForm_event"));
        QVERIFY2(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Problem 1 of 1")),
            qPrintable(m_window->statusBar()->currentMessage()));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Order Completed"));
        waitForCheck();
        QVERIFY(m_window->composer()->lastCheck().check.valid());

        press(Qt::Key_Return, Qt::ControlModifier); // Send
        QTRY_COMPARE(m_window->sandbox()->stats().total, 1);
        auto *response = m_window->findChild<ResponseView *>(QStringLiteral("responseView"));
        QTRY_VERIFY(response->statusText().contains(QStringLiteral("200")));
        QCOMPARE(focusName(), QStringLiteral("callForm_event")); // the focus stays where it was

        // The answer: its outcome is what the focus lands on, and what a screen reader says.
        press(Qt::Key_3, Qt::AltModifier);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus && response->isAncestorOf(focus));
        QCOMPARE(
            QAccessible::queryAccessibleInterface(focus)->text(QAccessible::Name), response->statusText());

        // What the sandbox recorded: its panel has the focus.
        press(Qt::Key_4, Qt::AltModifier);
        focus = QApplication::focusWidget();
        QVERIFY2(
            focus && m_window->findChild<SandboxPanel *>()->isAncestorOf(focus), qPrintable(focusName()));
        // And back to the composer, where it was left.
        press(Qt::Key_1, Qt::AltModifier);
        QCOMPARE(focusName(), QStringLiteral("callForm_userId"));
    }

    // F8 and Shift+F8 go through the problems both ways and wrap around; each says which it is.
    void problemsOneAfterAnother()
    {
        activate();
        m_window->composer()->document()->loadText(QStringLiteral(R"({"type":"track"})"), CallType::Track);
        m_window->composer()->focusTab(false);
        waitForCheck();
        const qsizetype problems = m_window->composer()->lastCheck().check.diagnostics.size();
        QVERIFY2(problems >= 2, "a track call with neither an id nor an event has two problems");
        QStringList seen;
        for (qsizetype i = 0; i < problems + 1; ++i) {
            press(Qt::Key_F8);
            seen << m_window->statusBar()->currentMessage();
        }
        QVERIFY2(seen.first().startsWith(QStringLiteral("Problem 1 of %1").arg(problems)),
            qPrintable(seen.first()));
        QCOMPARE(seen.at(1).left(12), QStringLiteral("Problem 2 of"));
        QCOMPARE(seen.last(), seen.first()); // wrapped around
        press(Qt::Key_F8, Qt::ShiftModifier);
        QVERIFY2(
            m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Problem %1 of").arg(problems)),
            qPrintable(m_window->statusBar()->currentMessage()));

        // None left: F8 says so, and the focus stays.
        m_window->composer()->document()->loadText(
            QStringLiteral(R"({"type":"track","userId":"u1","event":"E"})"), CallType::Track);
        waitForCheck();
        QWidget *before = QApplication::focusWidget();
        press(Qt::Key_F8);
        QCOMPARE(QApplication::focusWidget(), before);
        QVERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("No problems")));
    }

    // F6 visits every pane in turn and comes back; Shift+F6 goes the other way.
    void panesInTurn()
    {
        activate();
        m_window->composer()->focusTab(false);
        QStringList forward;
        for (int i = 0; i < 7; ++i) {
            press(Qt::Key_F6);
            forward << pane();
        }
        QCOMPARE(forward,
            QStringList({QStringLiteral("diagnosticsList"), QStringLiteral("responseDock"),
                QStringLiteral("sandboxDock"), QStringLiteral("sourcesDock"),
                QStringLiteral("collectionsDock"), QStringLiteral("historyDock"),
                QStringLiteral("composerPanel")}));
        press(Qt::Key_F6, Qt::ShiftModifier);
        QCOMPARE(pane(), QStringLiteral("historyDock"));
        // A closed pane is passed by; its Go To key opens it.
        m_window->findChild<QDockWidget *>(QStringLiteral("sandboxDock"))->close();
        m_window->composer()->focusTab(false);
        press(Qt::Key_F6);
        press(Qt::Key_F6);
        press(Qt::Key_F6);
        QCOMPARE(pane(), QStringLiteral("sourcesDock"));
        press(Qt::Key_4, Qt::AltModifier);
        QCOMPARE(pane(), QStringLiteral("sandboxDock"));
        QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("sandboxDock"))->isVisible());
    }

    // Tab goes through every control of the window and comes back to where it started: no table,
    // editor or box keeps it (an editable table wrapped Tab from its last cell to its first).
    void tabLeavesEverything_data()
    {
        QTest::addColumn<int>("type");
        QTest::addRow("track") << int(CallType::Track);
        QTest::addRow("batch") << int(CallType::Batch);
    }

    void tabLeavesEverything()
    {
        QFETCH(int, type);
        activate();
        m_window->composer()->document()->loadText(
            QStringLiteral(R"({"type":"track","userId":"u1","event":"E","properties":{"plan":"pro","n":1},)"
                           R"("context":{"ip":"203.0.113.9"},"timestamp":"2026-01-01T00:00:00.000Z"})"),
            CallType::Track);
        m_window->composer()->pickCallType(CallType(type));
        m_window->composer()->focusTab(false);
        QWidget *start = QApplication::focusWidget();
        QVERIFY(start);
        QSet<QWidget *> visited;
        QStringList walk;
        for (int i = 0; i < 400; ++i) {
            press(Qt::Key_Tab);
            QWidget *now = QApplication::focusWidget();
            QVERIFY(now);
            visited.insert(now);
            walk << (now->objectName().isEmpty() ? QString::fromLatin1(now->metaObject()->className())
                                                 : now->objectName());
            if (now == start)
                break;
        }
        if (QApplication::focusWidget() != start)
            qWarning("%s", qPrintable(walk.join(u' ')));
        QVERIFY2(QApplication::focusWidget() == start,
            qPrintable(QStringLiteral("Tab never came back; its last steps: ") +
                walk.mid(walk.size() - 12).join(u' ')));
        // Every control shown that takes Tab was on the way.
        QStringList missed;
        for (QWidget *w : m_window->findChildren<QWidget *>()) {
            if (w->window() != m_window.get() || !w->isVisible() || !w->isEnabled() ||
                !(w->focusPolicy() & Qt::TabFocus) || w->focusProxy() || visited.contains(w))
                continue;
            missed << describe(w);
        }
        for (const QString &m : missed)
            qWarning("not reached by Tab: %s", qPrintable(m));
        QVERIFY2(missed.isEmpty(), "some controls are not reached by Tab (listed above)");
    }

    // Shift+Tab goes back out of an editable table as Tab goes forward out of it.
    void shiftTabLeavesATable()
    {
        activate();
        m_window->composer()->document()->loadText(
            QStringLiteral(R"({"type":"track","userId":"u1","event":"E","properties":{"plan":"pro"}})"),
            CallType::Track);
        auto *table = m_window->findChild<QTableView *>(QStringLiteral("callForm_attributesTable"));
        QVERIFY(table);
        table->setFocus(Qt::TabFocusReason);
        table->setCurrentIndex(table->model()->index(0, 0));
        press(Qt::Key_Backtab, Qt::ShiftModifier);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY2(focus && !table->isAncestorOf(focus) && focus != table, qPrintable(focusName()));
    }

    // A larger system font (125%, GNOME's Large Text) on a 1366x768 laptop: the window still fits
    // the screen less a title bar and a desktop's top bar. (The form's rows made it 724 high.)
    void fitsALaptopWithALargerFont()
    {
        m_window.reset();
        const QFont before = QApplication::font();
        QFont larger = before;
        larger.setPointSizeF(before.pointSizeF() * 1.25);
        QApplication::setFont(larger);
        WorkbenchOptions options;
        options.configFolder = m_dir->filePath(QStringLiteral("config-large"));
        options.dataFolder = m_dir->filePath(QStringLiteral("data-large"));
        m_window = std::make_unique<MainWindow>(options);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // The layouts settle (the font reaches every widget through posted events).
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
        const QSize minimum = m_window->minimumSizeHint();
        QApplication::setFont(before);
        QVERIFY2(minimum.width() <= 1366 && minimum.height() <= 700,
            qPrintable(QStringLiteral("the window needs at least %1x%2")
                           .arg(minimum.width())
                           .arg(minimum.height())));
    }

    // A shortcut nobody can find is as good as none: each one is in a menu (which shows it) or
    // named in the tooltip of the control it belongs to.
    void shortcutsAreListed_data() { languageRows(); }

    void shortcutsAreListed()
    {
        QFETCH(QString, language);
        speak(language);
        if (QTest::currentTestFailed())
            return;
        QStringList hidden;
        for (QAction *a : m_window->findChildren<QAction *>()) {
            if (a->shortcuts().isEmpty())
                continue;
            if (QString(a->text()).remove(u'&').trimmed().isEmpty())
                hidden << QStringLiteral("an action with %1 has no text").arg(shortcutsText(a->shortcuts()));
            bool inMenu = false;
            for (QObject *o : a->associatedObjects())
                inMenu = inMenu || qobject_cast<QMenu *>(o);
            const QString key = a->shortcut().toString(QKeySequence::NativeText);
            if (!inMenu && !a->toolTip().contains(key))
                hidden << QStringLiteral("%1 (%2) is in no menu").arg(a->text(), key);
        }
        for (QAbstractButton *b : m_window->findChildren<QAbstractButton *>()) {
            const QString key = b->shortcut().toString(QKeySequence::NativeText);
            // A mnemonic (&Now: Alt+N) shows itself, underlined.
            if (key.isEmpty() || b->text().contains(u'&'))
                continue;
            if (!b->toolTip().contains(key))
                hidden << QStringLiteral("%1: %2 is not in its tooltip").arg(describe(b), key);
        }
        QVERIFY2(hidden.isEmpty(), qPrintable(hidden.join(u'\n')));
    }

    // Two window-wide shortcuts with the same keys: Qt calls it ambiguous and runs neither.
    void shortcutsAreUnambiguous()
    {
        QHash<QKeySequence, QStringList> owners;
        for (QAction *a : m_window->findChildren<QAction *>()) {
            if (a->shortcutContext() != Qt::WindowShortcut && a->shortcutContext() != Qt::ApplicationShortcut)
                continue;
            for (const QKeySequence &k : a->shortcuts())
                owners[k].append(a->objectName().isEmpty() ? a->text() : a->objectName());
        }
        for (QAbstractButton *b : m_window->findChildren<QAbstractButton *>()) {
            if (!b->shortcut().isEmpty() && b->isVisibleTo(m_window.get()) && !b->text().contains(u'&'))
                owners[b->shortcut()].append(b->objectName());
        }
        QStringList clashes;
        for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
            if (it.value().size() > 1)
                clashes << QStringLiteral("%1: %2").arg(
                    it.key().toString(QKeySequence::NativeText), it.value().join(QStringLiteral(", ")));
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
