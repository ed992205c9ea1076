#pragma once

#include <QMainWindow>

#include <memory>

class QMenu;
class QTimer;

namespace ewb {

class ComposerPanel;
class DraftStore;
class Settings;

// Where the window keeps its state; tests point these at temporary folders.
struct WorkbenchOptions
{
    QString configFolder; // settings.ini, sources.json; empty: the platform's places
    QString dataFolder; // draft.json
    bool startSandbox = true;
};

// The workbench window: the composer in the middle, sources and the sandbox on the left, the
// response below. It wires the panels to core objects and persists its state; it holds no logic
// of its own.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const WorkbenchOptions &options = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    Settings *settings() const { return m_settings.get(); }
    ComposerPanel *composer() const { return m_composer; }
    void saveDraftNow();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void restoreState();

    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<DraftStore> m_drafts;
    ComposerPanel *m_composer;
    QTimer *m_autosave;
    QMenu *m_viewMenu = nullptr;
};

} // namespace ewb
