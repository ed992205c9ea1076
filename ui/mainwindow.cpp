#include "mainwindow.h"

#include <QLabel>

namespace ewb {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("Event Workbench"));
    auto *label = new QLabel(tr("Event Workbench"), this);
    label->setAlignment(Qt::AlignCenter);
    setCentralWidget(label);
    resize(1200, 800);
}

MainWindow::~MainWindow() = default;

} // namespace ewb
