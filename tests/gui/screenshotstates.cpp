// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

// Puts the real main window in one of the states the docs show, then prints READY and waits to
// be killed, so scripts/screenshots.sh can take the picture under Xvfb. Not a test.
#include "compose/batchedit.h"
#include "compose/fieldcatalog.h"
#include "i18n/translations.h"
#include "model/payload.h"
#include "sandbox/sandbox.h"
#include "ui/composerpanel.h"
#include "ui/mainwindow.h"
#include "ui/sourcespanel.h"
// --- issue 5 states ---
#include "collections/collection.h"
#include "ui/collectionspanel.h"
#include "ui/environmentselector.h"
#include "ui/workspace.h"

#include <QDockWidget>
#include <QTreeView>
// --- end issue 5 states ---

#include <QAbstractButton>
#include <QApplication>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QTreeWidget>

using namespace ewb;

namespace {
Payload demoTrack()
{
    Result<Payload> p = Payload::fromText(
        R"({"type":"track","userId":"user-1042","event":"Order Completed","properties":{"revenue":129.5,"currency":"EUR","items":3,"coupon":null},"context":{"library":{"name":"event-workbench","version":"0.1.0"},"ip":"203.0.113.7"},"messageId":"3f6c1c2e-8a5e-4f0e-9d47-2b1f2f0c9a11","timestamp":"2024-05-02T09:30:00.000Z"})");
    return p.value();
}

Payload demoBroken()
{
    Result<Payload> p = Payload::fromText(
        R"({"type":"track","properties":{"plan":"pro"},"timestamp":"2024-02-30T10:00:00Z","integrations":{"All":"no"}})");
    return p.value();
}

Payload demoBatch()
{
    Result<Payload> p = Payload::fromText(
        R"({"batch":[{"type":"identify","userId":"user-1042","traits":{"email":"ada@example.com","first_name":"Ada","createdAt":"2023-11-01T08:00:00Z"}},{"type":"track","userId":"user-1042","event":"Signed Up","properties":{"plan":"pro"}},{"type":"page","userId":"user-1042","name":"Pricing"},{"type":"track","event":"Device Created or Updated","userId":"user-1042","context":{"device":{"token":"f3a9...","type":"ios"}}}],"context":{"library":{"name":"event-workbench","version":"0.1.0"}}})");
    return p.value();
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("event-workbench-screenshots"));
    // English, the docs' language, unless EWB_LANGUAGE asks for another (pictures of the German window).
    installTranslations(
        {QStringLiteral("core"), QStringLiteral("workbench")}, chooseLanguage(QStringLiteral("en")));
    const QStringList args = QApplication::arguments();
    const QString state = args.value(1, QStringLiteral("compose"));
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    WorkbenchOptions options;
    options.configFolder = dir.filePath(QStringLiteral("config"));
    options.dataFolder = dir.filePath(QStringLiteral("data"));
    options.palette =
        args.contains(QStringLiteral("--dark")) ? QStringLiteral("dark") : QStringLiteral("light");
    MainWindow window(options);
    window.setGeometry(0, 0, 1440, 900);
    window.show();
    ComposerPanel *composer = window.composer();

    const auto ready = [] {
        QTimer::singleShot(600, qApp, [] { QTextStream(stdout) << "READY" << Qt::endl; });
    };
    if (state == u"compose") {
        composer->document()->load(demoTrack());
        ready();
    } else if (state == u"json") {
        composer->document()->load(demoBroken());
        composer->showJsonTab(true);
        ready();
    } else if (state == u"batch") {
        composer->document()->load(demoBatch());
        ready();
    } else if (state == u"sent") {
        composer->document()->load(demoTrack());
        window.send();
        QTimer::singleShot(800, qApp, [&] {
            if (auto *events = window.findChild<QTableView *>(QStringLiteral("sandboxEvents"));
                events && events->model()->rowCount())
                events->setCurrentIndex(events->model()->index(0, 0));
            ready();
        });
    } else if (state == u"no-keychain") { // not in the docs: to check the banner by eye
        composer->document()->load(demoTrack());
        if (auto *sources = window.findChild<SourcesPanel *>())
            sources->showKeychainUnavailable(QStringLiteral(
                "No keychain answered: the Secret Service (gnome-keyring or KeePassXC) is not running on "
                "the session bus. Start one, or install gnome-keyring."));
        ready();
    } else if (state == u"test-connection") {
        composer->document()->load(demoTrack());
        if (auto *test = window.findChild<QAbstractButton *>(QStringLiteral("testConnection")))
            test->click();
        QTimer::singleShot(800, qApp, ready);
        // --- issue 5 states: a collection with variables, and the history after a few sends ---
    } else if (state == u"collections" || state == u"history") {
        const QString folder = dir.filePath(QStringLiteral("onboarding"));
        Collection c = Collection::create(QStringLiteral("Onboarding"));
        setVariable(c.variables, Variable {QStringLiteral("plan"), QStringLiteral("pro"), false});
        const auto request = [](const QString &name, CallType type, const QString &body) {
            SavedRequest r;
            r.name = name;
            r.type = type;
            r.setBodyText(body);
            return CollectionItem::makeRequest(r);
        };
        c.items.push_back(request(QStringLiteral("Identify a new user"), CallType::Identify,
            QStringLiteral(
                R"({"userId":"{{userId}}","traits":{"email":"{{$randomEmail}}","plan":"{{plan}}"}})")));
        CollectionItem day1 = CollectionItem::makeFolder(FolderInfo {QStringLiteral("Day 1"), {}, {}});
        day1.children.push_back(request(QStringLiteral("Signed up"), CallType::Track,
            QStringLiteral(
                R"({"userId":"{{userId}}","event":"Signed Up","properties":{"plan":"{{plan}}","coupon":"{{coupon}}"}})")));
        day1.children.push_back(request(QStringLiteral("Viewed pricing"), CallType::Page,
            QStringLiteral(R"({"userId":"{{userId}}","name":"Pricing"})")));
        c.items.push_back(day1);
        CollectionItem day7 = CollectionItem::makeFolder(FolderInfo {QStringLiteral("Day 7"), {}, {}});
        day7.children.push_back(request(QStringLiteral("Order completed"), CallType::Track,
            QStringLiteral(
                R"({"userId":"{{userId}}","event":"Order Completed","properties":{"revenue":129.5}})")));
        c.items.push_back(day7);
        (void)saveCollection(c, folder);
        Workspace *workspace = window.workspace();
        Environment env = Environment::create(QStringLiteral("Staging"));
        setVariable(env.variables, Variable {QStringLiteral("userId"), QStringLiteral("user-1042"), false});
        (void)workspace->environments()->store()->save(env);
        workspace->environments()->reload();
        workspace->environments()->setActive(QStringLiteral("Staging"));
        CollectionsPanel *panel = workspace->collections();
        panel->openCollection(folder);
        panel->tree()->expandAll();
        const QModelIndex signedUp =
            panel->model()->index(0, 0, panel->model()->index(1, 0, panel->model()->index(0, 0)));
        panel->openIndex(signedUp);
        if (state == u"history") {
            panel->openIndex(
                panel->model()->index(1, 0, panel->model()->index(1, 0, panel->model()->index(0, 0))));
            window.send();
            QTimer::singleShot(300, qApp, [&window, panel] {
                panel->openIndex(panel->model()->index(0, 0, panel->model()->index(0, 0)));
                window.send();
            });
            QTimer::singleShot(700, qApp, [&window, ready] {
                // At the dock's usual width: that is where its columns have to fit.
                if (auto *dock = window.findChild<QDockWidget *>(QStringLiteral("historyDock")))
                    dock->raise();
                ready();
            });
        } else {
            composer->showJsonTab(true);
            ready();
        }
        // --- end issue 5 states ---
    } else {
        QTextStream(stderr) << "unknown state " << state << Qt::endl;
        return 2;
    }
    return QApplication::exec();
}
