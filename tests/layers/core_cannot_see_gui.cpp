// Must fail to compile with core's include path: core never sees Gui.
#include <QColor>
int main()
{
    return 0;
}
