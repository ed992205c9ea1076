// Must fail to compile with core's include path: core never sees Widgets.
#include <QWidget>
int main()
{
    return 0;
}
