// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "ewb_buildinfo.h"
#include "i18n/translations.h"
#include "settings/settings.h"
#include "ui/mainwindow.h"
#include "util/heaptuning.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEvent>
#include <QIcon>
#include <QTextStream>
#include <QTimer>

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ewb::WorkbenchMain)
};

// --config-dir, read before the parser exists: its settings say which language the parser speaks.
QString configFolderArgument(const QStringList &arguments)
{
    const QString option = QStringLiteral("--config-dir");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == option && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(option + QLatin1Char('=')))
            return argument.mid(option.size() + 1);
    }
    return {};
}

// Quits once the window has painted for the first time and prints how long that took since the
// process started handling main(): the start-up benchmark's probe.
class FirstPaintProbe final : public QObject
{
public:
    explicit FirstPaintProbe(QElapsedTimer clock) : m_clock(clock) { }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            // After this paint event is handled: that is when the pixels are there.
            QTimer::singleShot(0, qApp, [this] {
                QTextStream(stdout) << "first-paint-ms " << m_clock.nsecsElapsed() / 1e6 << Qt::endl;
                QApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer m_clock;
    bool m_done = false;
};
} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    // The payload is re-parsed and re-checked on every keystroke, and the sandbox parses every call.
    ewb::keepFreedMemoryForReuse();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("event-workbench"));
    QApplication::setOrganizationName(QStringLiteral("EventWorkbench"));
    QApplication::setApplicationVersion(QStringLiteral(EWB_VERSION_TEXT));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/event-workbench.png")));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.eventworkbench.EventWorkbench"));
    {
        const ewb::Settings settings(ewb::Settings::fileIn(configFolderArgument(app.arguments())));
        ewb::installTranslations({QStringLiteral("core"), QStringLiteral("workbench")},
            ewb::chooseLanguage(settings.getString(ewb::Settings::Key::Language)));
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Compose, check and send Customer.io Data Pipelines calls.") +
        QLatin1Char('\n') +
        Text::tr("Language: View > Language, else the system's (LANGUAGE, LANG); EWB_LANGUAGE=de or en "
                 "over both."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dark(QStringLiteral("dark"), Text::tr("Use a dark palette."));
    const QCommandLineOption light(QStringLiteral("light"), Text::tr("Use a light palette."));
    const QCommandLineOption noSandbox(
        QStringLiteral("no-sandbox"), Text::tr("Do not start the built-in sandbox."));
    const QCommandLineOption quitAfterPaint(QStringLiteral("quit-after-first-paint"),
        Text::tr("Print the time to the first painted window and quit."));
    const QCommandLineOption config(
        QStringLiteral("config-dir"), Text::tr("Keep settings and sources in <dir>."), Text::tr("dir"));
    const QCommandLineOption data(
        QStringLiteral("data-dir"), Text::tr("Keep the draft in <dir>."), Text::tr("dir"));
    parser.addOptions({dark, light, noSandbox, quitAfterPaint, config, data});
    parser.process(app);

    ewb::WorkbenchOptions options;
    if (parser.isSet(dark))
        options.palette = QStringLiteral("dark");
    else if (parser.isSet(light))
        options.palette = QStringLiteral("light");
    options.configFolder = parser.value(config);
    options.dataFolder = parser.value(data);
    options.startSandbox = !parser.isSet(noSandbox);
    ewb::MainWindow window(options);
    FirstPaintProbe probe(clock);
    if (parser.isSet(quitAfterPaint))
        window.installEventFilter(&probe);
    window.show();
    return QApplication::exec();
}
