#include "mainwindow.h"

#include "compose/draftstore.h"
#include "composerpanel.h"
#include "jsoneditor.h"
#include "settings/settings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>

namespace ewb {

MainWindow::MainWindow(const WorkbenchOptions &options, QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Event Workbench"));
    m_settings = std::make_unique<Settings>(options.configFolder.isEmpty()
            ? QString()
            : QDir(options.configFolder).filePath(QStringLiteral("settings.ini")));
    m_drafts = std::make_unique<DraftStore>(options.dataFolder);

    m_composer = new ComposerPanel(this);
    setCentralWidget(m_composer);

    // Autosave a moment after the last edit: often enough to survive a crash, rarely enough that a
    // 5 MB draft is not rewritten on every keystroke.
    m_autosave = new QTimer(this);
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(1500);
    connect(m_autosave, &QTimer::timeout, this, &MainWindow::saveDraftNow);
    connect(m_composer, &ComposerPanel::draftChanged, m_autosave, qOverload<>(&QTimer::start));

    createActions();
    restoreState();
    statusBar()->showMessage(tr("Ready"));
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QUndoStack *undo = m_composer->document()->undoStack();
    QAction *undoAction = undo->createUndoAction(this, tr("&Undo"));
    undoAction->setObjectName(QStringLiteral("undoAction"));
    undoAction->setShortcut(QKeySequence::Undo);
    QAction *redoAction = undo->createRedoAction(this, tr("&Redo"));
    redoAction->setObjectName(QStringLiteral("redoAction"));
    redoAction->setShortcuts({QKeySequence::Redo, QKeySequence(QStringLiteral("Ctrl+Shift+Z"))});
    edit->addAction(undoAction);
    edit->addAction(redoAction);
    edit->addSeparator();
    QAction *format = edit->addAction(tr("&Format JSON"), m_composer, &ComposerPanel::formatJson);
    format->setObjectName(QStringLiteral("formatAction"));
    format->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+F")));
    QAction *minify = edit->addAction(tr("&Minify JSON"), m_composer, &ComposerPanel::minifyJson);
    minify->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+M")));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *form = view->addAction(tr("F&orm"), this, [this] { m_composer->showJsonTab(false); });
    form->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+1")));
    QAction *json = view->addAction(tr("&JSON"), this, [this] { m_composer->showJsonTab(true); });
    json->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+2")));
    m_viewMenu = view;
}

void MainWindow::restoreState()
{
    if (!restoreGeometry(m_settings->getBytes(Settings::Key::WindowGeometry)))
        resize(1280, 820);
    QMainWindow::restoreState(m_settings->getBytes(Settings::Key::WindowState));
    const QByteArray draft = m_drafts->load();
    const CallType type =
        callTypeFromName(m_settings->getString(Settings::Key::CallType)).value_or(CallType::Track);
    if (!draft.isEmpty())
        m_composer->restoreDraft(draft, type);
    else
        m_composer->pickCallType(type);
    m_composer->document()->undoStack()->clear();
    m_composer->showJsonTab(m_settings->getInt(Settings::Key::ComposerTab) == 1);
    connect(m_composer->tabs(), &QTabWidget::currentChanged, this,
        [this](int tab) { m_settings->set(Settings::Key::ComposerTab, tab); });
    connect(m_composer->document(), &ComposerDocument::changed, this, [this] {
        m_settings->set(Settings::Key::CallType, callTypeName(m_composer->document()->payload().type()));
    });
}

void MainWindow::saveDraftNow()
{
    m_autosave->stop();
    const Status saved = m_drafts->save(m_composer->draftText().toUtf8());
    if (!saved)
        statusBar()->showMessage(tr("The draft could not be saved: %1").arg(saved.error().message));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveDraftNow();
    m_settings->set(Settings::Key::WindowGeometry, saveGeometry());
    m_settings->set(Settings::Key::WindowState, saveState());
    m_settings->sync();
    event->accept();
}

} // namespace ewb
