// Folders given to `jindu convert`: the files under them, in a fixed order.
#pragma once

#include "convert.hpp"

namespace jindu::cli {

// Replaces each folder in settings.inputs by the files under it, walked
// depth-first with the entries of each folder sorted by name, so the list is
// the same on every run; hidden entries (".name") are left out. With
// settings.globs, the files matching one of them are taken; without, the
// files named as a format jindu reads (.txt, .md, .html, .docx, .xlsx, .pdf …),
// and a note on stderr (unless quiet) for each other file. Marks the files
// that came from folders in settings.found_in_folder. Prints an error on
// stderr for a folder that cannot be read or holds no file to convert, and
// returns false then; the other inputs are kept.
bool expand_folders(ConvertSettings& settings);

}  // namespace jindu::cli
