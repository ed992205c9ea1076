#include "ui/mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("event-workbench"));
    QApplication::setOrganizationName(QStringLiteral("EventWorkbench"));
    QApplication::setApplicationVersion(QStringLiteral(EWB_VERSION));
    ewb::MainWindow window;
    window.show();
    return QApplication::exec();
}
