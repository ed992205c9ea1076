#include "sandbox/sandboxcommand.h"

#include <QCoreApplication>

// A test-only `ewb sandbox`: the tests run the command before the CLI wires it in.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return ewb::runSandboxCommand(QCoreApplication::arguments().mid(1));
}
