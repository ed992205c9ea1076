// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "compose/sizestatus.h"
#include "i18n/translations.h"
#include "json/jsonwriter.h"
#include "settings/settings.h"
#include "ui/composerpanel.h"
#include "ui/historytableproxy.h"
#include "ui/jsoneditor.h"
#include "ui/mainwindow.h"
#include "ui/palette.h"
#include "ui/sizemeter.h"
#include "ui/sourcespanel.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDirIterator>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace ewb;

// Drives the real main window, offscreen, by objectName.
class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    int m_widthAtStart = 0;

    template<typename T>
    T *find(const QString &name) const
    {
        T *w = m_window->findChild<T *>(name);
        if (!w)
            qWarning("no widget named %s", qPrintable(name));
        return w;
    }
    QByteArray wire() const { return m_window->composer()->document()->payload().toWire(); }
    QStringList codes() const
    {
        QStringList out;
        for (const Diagnostic &d : m_window->composer()->lastCheck().check.diagnostics)
            out << d.code;
        return out;
    }
    void typeInto(const QString &name, const QString &text)
    {
        auto *line = find<QLineEdit>(name);
        QVERIFY(line);
        line->setFocus();
        line->selectAll();
        QTest::keyClicks(line, text);
    }
    // Waits until the background check has answered the newest edit.
    void waitForCheck()
    {
        QTRY_VERIFY(m_window->composer()->lastCheck().parsed &&
            m_window->composer()->lastCheck().payload == m_window->composer()->document()->payload());
    }

    void openWindow()
    {
        m_window.reset();
        WorkbenchOptions options;
        options.configFolder = m_dir->filePath(QStringLiteral("config"));
        options.dataFolder = m_dir->filePath(QStringLiteral("data"));
        options.startSandbox = false;
        m_window = std::make_unique<MainWindow>(options);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_widthAtStart = m_window->width();
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

    void composeEachCallType_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QStringList>("fields"); // objectName suffix=value pairs
        QTest::addColumn<QByteArray>("expected");
        QTest::addRow("identify") << QStringLiteral("identify") << QStringList {QStringLiteral("userId=u1")}
                                  << QByteArray("{\"type\":\"identify\",\"userId\":\"u1\"}");
        QTest::addRow("track") << QStringLiteral("track")
                               << QStringList {QStringLiteral("userId=u1"),
                                      QStringLiteral("event=Order Completed")}
                               << QByteArray(
                                      "{\"type\":\"track\",\"userId\":\"u1\",\"event\":\"Order Completed\"}");
        QTest::addRow("page") << QStringLiteral("page")
                              << QStringList {QStringLiteral("anonymousId=a1"),
                                     QStringLiteral("name=Pricing")}
                              << QByteArray(
                                     "{\"type\":\"page\",\"anonymousId\":\"a1\",\"name\":\"Pricing\"}");
        QTest::addRow("screen") << QStringLiteral("screen")
                                << QStringList {QStringLiteral("userId=u1"), QStringLiteral("name=Home")}
                                << QByteArray("{\"type\":\"screen\",\"userId\":\"u1\",\"name\":\"Home\"}");
        QTest::addRow("group") << QStringLiteral("group")
                               << QStringList {QStringLiteral("userId=u1"), QStringLiteral("groupId=acme")}
                               << QByteArray("{\"type\":\"group\",\"userId\":\"u1\",\"groupId\":\"acme\"}");
        QTest::addRow("alias") << QStringLiteral("alias")
                               << QStringList {QStringLiteral("userId=u1"), QStringLiteral("previousId=a1")}
                               << QByteArray("{\"type\":\"alias\",\"userId\":\"u1\",\"previousId\":\"a1\"}");
    }

    void composeEachCallType()
    {
        QFETCH(QString, type);
        QFETCH(QStringList, fields);
        QFETCH(QByteArray, expected);
        auto *button = find<QAbstractButton>(QStringLiteral("callType_") + type);
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        for (const QString &field : fields) {
            const qsizetype eq = field.indexOf(u'=');
            typeInto(QStringLiteral("callForm_") + field.left(eq), field.mid(eq + 1));
        }
        QCOMPARE(wire(), expected);
        waitForCheck();
        QVERIFY2(m_window->composer()->lastCheck().check.valid(), qPrintable(codes().join(u',')));
        // The JSON tab shows the same payload, pretty.
        m_window->composer()->showJsonTab(true);
        QCOMPARE(find<JsonEditor>(QStringLiteral("jsonEditor"))->toPlainText().toUtf8(),
            writeJson(JsonValue(m_window->composer()->document()->payload().body()), JsonStyle::Pretty));
    }

    void historyTimesAreCompact_data()
    {
        QTest::addColumn<QDateTime>("sentAt"); // local time
        QTest::addColumn<QString>("expected");
        QTest::addRow("today, early")
            << QDateTime(QDate(2026, 11, 26), QTime(0, 0, 5)) << QStringLiteral("00:00:05");
        QTest::addRow("today, now") << QDateTime(QDate(2026, 11, 26), QTime(14, 3, 27))
                                    << QStringLiteral("14:03:27");
        QTest::addRow("yesterday") << QDateTime(QDate(2026, 11, 25), QTime(23, 59, 59))
                                   << QStringLiteral("2026-11-25 23:59");
        QTest::addRow("a year ago") << QDateTime(QDate(2025, 11, 26), QTime(14, 3, 27))
                                    << QStringLiteral("2025-11-26 14:03");
    }

    void historyTimesAreCompact()
    {
        QFETCH(QDateTime, sentAt);
        QFETCH(QString, expected);
        const QDateTime now(QDate(2026, 11, 26), QTime(14, 3, 27));
        QCOMPARE(compactSendTime(sentAt.toUTC(), now), expected); // history keeps UTC
    }

    void toneColoursAreReadable_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<int>("tone");
        for (bool dark : {false, true}) {
            for (const auto &[name, tone] : {std::pair {"success", Tone::Success},
                     std::pair {"warning", Tone::Warning}, std::pair {"error", Tone::Error}})
                QTest::addRow("%s %s", dark ? "dark" : "light", name) << dark << int(tone);
        }
    }

    void toneColoursAreReadable()
    {
        QFETCH(bool, dark);
        QFETCH(int, tone);
        const QPalette palette = dark ? darkPalette() : lightPalette();
        const QColor color = toneColor(Tone(tone), palette);
        for (QPalette::ColorRole background : {QPalette::Window, QPalette::Base, QPalette::AlternateBase}) {
            const double ratio = contrastRatio(color, palette.color(background));
            QVERIFY2(ratio >= 4.5,
                qPrintable(QStringLiteral("%1 on %2: %3")
                               .arg(color.name(), palette.color(background).name())
                               .arg(ratio)));
        }
    }

    // View > Language: each language named in itself, the choice kept for the next start.
    void languageMenuKeepsTheChoice()
    {
        auto *menu = m_window->findChild<QMenu *>(QStringLiteral("languageMenu"));
        QVERIFY(menu);
        QStringList titles;
        for (QAction *action : menu->actions()) {
            if (!action->isSeparator())
                titles << action->text();
        }
        QCOMPARE(titles,
            QStringList({QStringLiteral("&System Language"), QStringLiteral("&English"),
                QStringLiteral("&Deutsch")}));
        auto *german = menu->findChild<QAction *>(QStringLiteral("language_de"));
        QVERIFY(german);
        QVERIFY(menu->findChild<QAction *>(QStringLiteral("language_system"))->isChecked());
        german->trigger();
        QCOMPARE(m_window->settings()->getString(Settings::Key::Language), QStringLiteral("de"));
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("starts again")),
            qPrintable(m_window->statusBar()->currentMessage()));
        openWindow(); // the next start: the menu shows what was chosen
        menu = m_window->findChild<QMenu *>(QStringLiteral("languageMenu"));
        QVERIFY(menu->findChild<QAction *>(QStringLiteral("language_de"))->isChecked());
    }

    void tonedTextFollowsAPaletteSwitch()
    {
        auto *label = new QLabel(QStringLiteral("Key rejected"), m_window.get());
        applyPalette(PaletteChoice::Light);
        setTone(label, Tone::Error);
        QCOMPARE(label->palette().color(QPalette::WindowText), toneColor(Tone::Error, lightPalette()));
        applyPalette(PaletteChoice::Dark);
        QCOMPARE(label->palette().color(QPalette::WindowText), toneColor(Tone::Error, darkPalette()));
        setTone(label, Tone::Normal);
        // Back to the palette's own colour, which reaches the widgets a moment after the switch.
        QTRY_COMPARE(label->palette().color(QPalette::WindowText), darkPalette().color(QPalette::WindowText));
        applyPalette(PaletteChoice::Light);
        QTRY_COMPARE(
            label->palette().color(QPalette::WindowText), lightPalette().color(QPalette::WindowText));
    }

    void keychainBannerIsShownWhole()
    {
        m_window->resize(1400, 900);
        m_window->findChild<SourcesPanel *>()->showKeychainUnavailable(QStringLiteral(
            "No Secret Service answered on the session bus: install and unlock gnome-keyring."));
        auto *banner = find<QLabel>(QStringLiteral("keychainBanner"));
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(banner->toolTip().contains(QStringLiteral("gnome-keyring")));
        // Given at least the height its wrapped text needs at its width: nothing cut off.
        QTRY_VERIFY(banner->width() > 0 && banner->height() >= banner->heightForWidth(banner->width()));
    }

    // A 1366x768 laptop screen is common: the window must fit it, for single calls and batches alike,
    // and in every language (German's labels are about a third longer than English ones).
    // Also on a machine without a keychain, where the Sources panel says so (found on the desktop
    // without one: the window was 748 px tall on a 700 px screen).
    void fitsASmallScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("keychain");
        for (const QString &language : availableLanguages()) {
            for (const char *type : {"track", "batch"}) {
                for (const bool keychain : {true, false})
                    QTest::addRow("%s/%s%s", qPrintable(language), type, keychain ? "" : "/no keychain")
                        << language << QString::fromLatin1(type) << keychain;
            }
        }
    }

    void fitsASmallScreen()
    {
        QFETCH(QString, language);
        QFETCH(QString, type);
        QFETCH(bool, keychain);
        if (language != u"en") { // init() built the window in English
            QCOMPARE(
                installTranslations({QStringLiteral("core"), QStringLiteral("workbench")}, QLocale(language)),
                language);
            openWindow();
        }
        if (!keychain)
            m_window->findChild<SourcesPanel *>()->showKeychainUnavailable(QStringLiteral(
                "No Secret Service answered on the session bus: install and unlock gnome-keyring."));
        QTest::mouseClick(find<QAbstractButton>(QStringLiteral("callType_") + type), Qt::LeftButton);
        QCOMPARE(callTypeName(m_window->composer()->document()->payload().type()), type);
        QTRY_VERIFY(m_window->minimumSizeHint().isValid());
        // Entering a batch must not widen the window by itself either.
        QTest::qWait(50);
        QVERIFY2(m_window->width() <= 1024 || m_window->width() == m_widthAtStart,
            qPrintable(QStringLiteral("the window is %1 px wide").arg(m_window->width())));
        const QSize minimum = m_window->minimumSizeHint();
        // A 1024x700 screen, less a window manager's title bar (issue 8: the window refused it).
        QString parts; // which panel is too big, when one is
        for (QWidget *w : m_window->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly))
            parts += QStringLiteral(" %1=%2x%3")
                         .arg(w->objectName())
                         .arg(w->minimumSizeHint().width())
                         .arg(w->minimumSizeHint().height());
        QVERIFY2(minimum.width() <= 1024 && minimum.height() <= 660,
            qPrintable(
                QStringLiteral("minimum %1x%2;%3").arg(minimum.width()).arg(minimum.height()).arg(parts)));
        // And at the next start, which restores the draft and the JSON tab: the hidden form's batch
        // list stood beside its form until a resize put it above, and in German the window started
        // too wide ever to give it one.
        m_window->composer()->showJsonTab(true);
        m_window->close();
        openWindow();
        QTRY_VERIFY(m_window->minimumSizeHint().isValid());
        const QSize restored = m_window->minimumSizeHint();
        QVERIFY2(restored.width() <= 1024 && restored.height() <= 660,
            qPrintable(QStringLiteral("minimum at the next start %1x%2")
                           .arg(restored.width())
                           .arg(restored.height())));
    }

    // Issue 8, item 8: the first Tab after a key went to the type box, and the value typed next
    // was lost.
    void tabFromAKeyGoesToItsValue()
    {
        QTest::mouseClick(find<QAbstractButton>(QStringLiteral("callType_track")), Qt::LeftButton);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::mouseClick(find<QAbstractButton>(QStringLiteral("callForm_attributesAdd")), Qt::LeftButton);
        QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        QWidget *keyEditor = QApplication::focusWidget();
        QTest::keyClicks(keyEditor, QStringLiteral("plan"));
        QTest::keyClick(keyEditor, Qt::Key_Tab);
        QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()) &&
            QApplication::focusWidget() != keyEditor);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("pro"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // commits on the next event loop turn
        QTRY_COMPARE(m_window->composer()
                         ->document()
                         ->payload()
                         .body()
                         .value(u"properties")
                         .object()
                         .value(u"plan")
                         .toString(),
            QStringLiteral("pro"));
    }

    void responseTabsAreNeverCutOff()
    {
        auto *tabs = find<QTabWidget>(QStringLiteral("responseTabs"));
        QVERIFY(!tabs->tabBar()->usesScrollButtons());
        m_window->resizeDocks({find<QDockWidget>(QStringLiteral("responseDock"))}, {40}, Qt::Horizontal);
        QTRY_VERIFY(tabs->isVisible() && tabs->width() >= tabs->tabBar()->sizeHint().width());
    }

    void tabOrderRunsTopToBottom_data()
    {
        QTest::addColumn<QString>("type");
        for (const char *type : {"identify", "track", "page", "screen", "group", "alias"})
            QTest::addRow("%s", type) << QString::fromLatin1(type);
    }

    void tabOrderRunsTopToBottom()
    {
        QFETCH(QString, type);
        QTest::mouseClick(find<QAbstractButton>(QStringLiteral("callType_") + type), Qt::LeftButton);
        auto *form = find<QWidget>(QStringLiteral("callForm"));
        QWidget *first = nullptr;
        for (QLineEdit *line : form->findChildren<QLineEdit *>()) {
            if (line->isVisible() &&
                (!first || line->mapTo(form, QPoint()).y() < first->mapTo(form, QPoint()).y()))
                first = line;
        }
        QVERIFY(first);
        QStringList order;
        QPoint previous(-1, -1);
        QWidget *w = first;
        do {
            if (form->isAncestorOf(w) && w->isVisible() && w->isEnabled() &&
                (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy()) {
                const QPoint at = w->mapTo(form, w->rect().center());
                order << QStringLiteral("%1@%2,%3")
                             .arg(w->objectName().isEmpty()
                                     ? QString::fromLatin1(w->metaObject()->className())
                                     : w->objectName())
                             .arg(at.x())
                             .arg(at.y());
                // Below the previous one, or on its row (centres within a few pixels) and right of it.
                const bool sameRow = qAbs(at.y() - previous.y()) <= 6;
                QVERIFY2(previous.y() < 0 || (sameRow ? at.x() > previous.x() : at.y() > previous.y()),
                    qPrintable(order.join(QStringLiteral(" → "))));
                previous = at;
            }
            w = w->nextInFocusChain();
        } while (w != first && order.size() < 100);
        QVERIFY(order.size() >= 4);
    }

    void shortcutsPickCallTypes()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_5, Qt::ControlModifier);
        QTRY_COMPARE(
            m_window->composer()->document()->payload().type(), CallType::Group); // buttons animate the click
        QTest::keyClick(m_window.get(), Qt::Key_7, Qt::ControlModifier);
        QTRY_COMPARE(m_window->composer()->document()->payload().type(), CallType::Batch);
    }

    void batchComposerEditsTheList()
    {
        QTest::mouseClick(find<QAbstractButton>(QStringLiteral("callType_batch")), Qt::LeftButton);
        find<QAction>(QStringLiteral("batchAdd_identify"))->trigger();
        find<QAction>(QStringLiteral("batchAdd_track"))->trigger();
        QCOMPARE(m_window->composer()->document()->payload().batchItems().size(),
            size_t(3)); // the track call picked Batch from
        QCOMPARE(find<QListWidget>(QStringLiteral("batchList"))->currentRow(), 2);
        typeInto(QStringLiteral("batchItemForm_event"), QStringLiteral("Signed Up"));
        typeInto(QStringLiteral("batchItemForm_userId"), QStringLiteral("u1"));
        QTest::mouseClick(find<QAbstractButton>(QStringLiteral("batchDuplicate")), Qt::LeftButton);
        QTest::mouseClick(find<QAbstractButton>(QStringLiteral("batchUp")), Qt::LeftButton);
        QCOMPARE(wire(),
            QByteArray("{\"batch\":[{\"type\":\"track\"},{\"type\":\"identify\"},"
                       "{\"type\":\"track\",\"userId\":\"u1\",\"event\":\"Signed Up\"},"
                       "{\"type\":\"track\",\"userId\":\"u1\",\"event\":\"Signed Up\"}]}"));
        waitForCheck();
        QCOMPARE(m_window->composer()->lastCheck().check.size.itemBytes.size(), 4);
        QTest::mouseClick(find<QAbstractButton>(QStringLiteral("batchRemove")), Qt::LeftButton);
        QCOMPARE(m_window->composer()->document()->payload().batchItems().size(), size_t(3));
        find<QAction>(QStringLiteral("undoAction"))->trigger();
        QCOMPARE(m_window->composer()->document()->payload().batchItems().size(), size_t(4));
        find<QAction>(QStringLiteral("redoAction"))->trigger();
        QCOMPARE(m_window->composer()->document()->payload().batchItems().size(), size_t(3));
    }

    void invalidFieldShowsDiagnostic()
    {
        QTest::mouseClick(find<QAbstractButton>(QStringLiteral("callType_track")), Qt::LeftButton);
        typeInto(QStringLiteral("callForm_userId"), QStringLiteral("u1"));
        waitForCheck();
        QVERIFY(codes().contains(QStringLiteral("track.event.missing")));
        auto *list = find<QTreeWidget>(QStringLiteral("diagnosticsList"));
        QVERIFY(list->findItems(QStringLiteral("track.event.missing"), Qt::MatchExactly, 2).size() == 1);
        typeInto(QStringLiteral("callForm_event"), QStringLiteral("Signed Up"));
        waitForCheck();
        QVERIFY(!codes().contains(QStringLiteral("track.event.missing")));
        // Clicking a diagnostic jumps to its field.
        typeInto(QStringLiteral("callForm_userId"), QStringLiteral("u1"));
        find<QLineEdit>(QStringLiteral("callForm_event"))->selectAll();
        QTest::keyClick(find<QLineEdit>(QStringLiteral("callForm_event")), Qt::Key_Delete);
        waitForCheck();
        const QList<QTreeWidgetItem *> items =
            list->findItems(QStringLiteral("track.event.missing"), Qt::MatchExactly, 2);
        QCOMPARE(items.size(), 1);
        list->setFocus();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(items.first()).center());
        QTRY_COMPARE(QApplication::focusWidget(), find<QLineEdit>(QStringLiteral("callForm_event")));
    }

    void jsonEditsReachTheFormAndKeepUnknownFields()
    {
        m_window->composer()->showJsonTab(true);
        auto *editor = find<JsonEditor>(QStringLiteral("jsonEditor"));
        editor->selectAll();
        QTest::keyClicks(editor,
            QStringLiteral("{\"type\":\"track\",\"event\":\"E\",\"userId\":\"u\",\"x_custom\":{\"k\":1}}"));
        QTRY_COMPARE(find<QLineEdit>(QStringLiteral("callForm_event"))->text(), QStringLiteral("E"));
        // An edit in the form keeps the unknown field.
        m_window->composer()->showJsonTab(false);
        typeInto(QStringLiteral("callForm_userId"), QStringLiteral("u2"));
        // The user's own order stays, and the unknown field with it.
        QCOMPARE(wire(),
            QByteArray("{\"type\":\"track\",\"event\":\"E\",\"userId\":\"u2\",\"x_custom\":{\"k\":1}}"));
        // Undo goes back to the JSON tab's version.
        find<QAction>(QStringLiteral("undoAction"))->trigger();
        QCOMPARE(m_window->composer()->document()->payload().userId(), QStringLiteral("u"));
    }

    void brokenJsonIsUnderlined()
    {
        m_window->composer()->showJsonTab(true);
        auto *editor = find<JsonEditor>(QStringLiteral("jsonEditor"));
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("{\"type\":\"track\",,}"));
        QTRY_VERIFY(!m_window->composer()->lastCheck().syntaxMessage.isEmpty());
        QVERIFY(!editor->extraSelections().isEmpty());
    }

    void sizeMeterChangesStateAtTheBoundaries_data()
    {
        QTest::addColumn<int>("bytes");
        QTest::addColumn<int>("level");
        QTest::addRow("at the margin") << int(sizelimits::callMargin) << int(SizeLevel::Normal);
        QTest::addRow("past the margin") << int(sizelimits::callMargin + 1) << int(SizeLevel::Warning);
        QTest::addRow("at the limit") << int(sizelimits::callHard) << int(SizeLevel::Warning);
        QTest::addRow("past the limit") << int(sizelimits::callHard + 1) << int(SizeLevel::Error);
    }

    void sizeMeterChangesStateAtTheBoundaries()
    {
        QFETCH(int, bytes);
        QFETCH(int, level);
        const QByteArray head = "{\"type\":\"track\",\"userId\":\"u\",\"event\":\"";
        const QByteArray tail = "\"}";
        const QByteArray json = head + QByteArray(bytes - head.size() - tail.size(), 'x') + tail;
        QCOMPARE(json.size(), bytes);
        m_window->composer()->showJsonTab(true);
        auto *editor = find<JsonEditor>(QStringLiteral("jsonEditor"));
        editor->setPlainText(QString::fromUtf8(json));
        QTRY_COMPARE(m_window->composer()->lastCheck().check.size.bodyBytes, qsizetype(bytes));
        auto *meter = m_window->findChild<QWidget *>(QStringLiteral("sizeMeter"));
        QCOMPARE(meter->property("level").toInt(), level);
    }

    // Issue 8, item 8: with splitting on, the meter still said "the API will drop it"; the split
    // toggle showed for every call type and its state was hard to read.
    void theMeterSaysWhatSplittingDoes()
    {
        QByteArray json = "{\"batch\":[";
        while (json.size() < 600 * 1000)
            json += "{\"type\":\"track\",\"userId\":\"u\",\"event\":\"Order Completed\"},";
        json.chop(1);
        json += "]}";
        m_window->composer()->document()->load(Payload::fromText(json).value());
        auto *split = find<QCheckBox>(QStringLiteral("splitCheckBox"));
        QTRY_VERIFY(split->isVisible());
        split->setChecked(false);
        auto *meter = qobject_cast<SizeMeter *>(find<QWidget>(QStringLiteral("sizeMeter")));
        QTRY_VERIFY(meter->summary().contains(QStringLiteral("the API will drop it")));
        split->setChecked(true);
        QVERIFY2(meter->summary().contains(QStringLiteral("Send splits it")), qPrintable(meter->summary()));
        QVERIFY(!meter->summary().contains(QStringLiteral("drop it")));
        QTest::mouseClick(find<QAbstractButton>(QStringLiteral("callType_track")), Qt::LeftButton);
        QTRY_VERIFY(!split->isVisible());
    }

    void aFiveMegabytePasteIsCheckedOffTheGuiThread()
    {
        QByteArray json = "{\"batch\":[";
        while (json.size() < 5 * 1024 * 1024)
            json +=
                "{\"type\":\"track\",\"userId\":\"u\",\"event\":\"Order Completed\",\"properties\":{\"sku\":"
                "\"ABCDEFGHIJKLMNOPQRSTUVWXYZ\"}},";
        json.chop(1);
        json += "]}";
        m_window->composer()->showJsonTab(true);
        auto *editor = find<JsonEditor>(QStringLiteral("jsonEditor"));
        QApplication::clipboard()->setText(QString::fromUtf8(json)); // one 5 MB line: the editor's worst case
        editor->selectAll();
        editor->paste();
        QVERIFY(editor->isLoading()); // the text is laid out on a worker thread, not in paste()
        QTRY_VERIFY_WITH_TIMEOUT(m_window->composer()->lastCheck().parsed &&
                m_window->composer()->lastCheck().check.size.bodyBytes == json.size(),
            30000);
        QCOMPARE(m_window->findChild<QWidget *>(QStringLiteral("sizeMeter"))->property("level").toInt(),
            int(SizeLevel::Error));
        // Once it read as a payload it was shown indented, so later keystrokes stay cheap.
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isLoading() && editor->blockCount() > 1000, 30000);
        // Broken at the very end: the syntax error is reported, nothing crashes.
        QTextCursor end(editor->document());
        end.movePosition(QTextCursor::End);
        end.deletePreviousChar();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->composer()->lastCheck().syntaxMessage.isEmpty(), 30000);
    }

    void draftSurvivesARestart()
    {
        QTest::mouseClick(find<QAbstractButton>(QStringLiteral("callType_group")), Qt::LeftButton);
        typeInto(QStringLiteral("callForm_groupId"), QStringLiteral("acme"));
        const QByteArray before = wire();
        m_window->saveDraftNow(); // what the autosave timer does; no crash needed to prove the file
        m_window.reset();
        WorkbenchOptions options;
        options.configFolder = m_dir->filePath(QStringLiteral("config"));
        options.dataFolder = m_dir->filePath(QStringLiteral("data"));
        options.startSandbox = false;
        m_window = std::make_unique<MainWindow>(options);
        QCOMPARE(wire(), before);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
