// What the fully static jindu program links in place of a few glibc and libgcc
// functions (ld --wrap, see cmake/JinduStaticCli.cmake).
extern "C" {

// Only ICU's plugin loader calls dlopen, dlsym and dlclose, and a static
// program cannot load shared objects safely. Failing as dlopen does when there
// is no plugin keeps glibc's static dlopen, and the link warning it carries, out.

// Loads nothing: returns null, as dlopen does for a missing file.
void* __wrap_dlopen(const char*, int) { return nullptr; }

// Finds nothing: returns null.
void* __wrap_dlsym(void*, const char*) { return nullptr; }

// Closes nothing: reports success.
int __wrap_dlclose(void*) { return 0; }

// A -static program starts with crtbeginT.o, which registers the whole
// .eh_frame with the unwinder; the first exception thrown then sorts every FDE
// of ICU and libstdc++ (tens of millions of instructions). Registering nothing
// makes the unwinder search the .eh_frame_hdr table, as in any other program.
struct object;

// Registers nothing.
void __wrap___register_frame_info(const void*, object*) {}

// Deregisters nothing: returns null, as for frames never registered.
void* __wrap___deregister_frame_info(const void*) { return nullptr; }

}
