#pragma once

namespace ewb {

enum class PaletteChoice { System, Light, Dark };

// Switches the application to the Fusion style with a light or dark palette; System leaves the
// platform's style and palette alone.
void applyPalette(PaletteChoice choice);
bool isDarkPalette();

} // namespace ewb
