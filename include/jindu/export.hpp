// jindu — export: JINDU_API marks what a shared libjindu exports.
//
// The library is compiled with hidden visibility, so only the declarations of
// the public headers that carry JINDU_API are part of its ABI. A static
// libjindu needs nothing: the macro gives default visibility, which a static
// archive ignores.
#pragma once

#if defined(_WIN32) || defined(__CYGWIN__)
#  if defined(JINDU_BUILDING_SHARED)
#    define JINDU_API __declspec(dllexport)
#  elif defined(JINDU_SHARED)
#    define JINDU_API __declspec(dllimport)
#  else
#    define JINDU_API
#  endif
#elif defined(__GNUC__) || defined(__clang__)
#  define JINDU_API __attribute__((visibility("default")))
#else
#  define JINDU_API
#endif
