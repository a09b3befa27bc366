// Linked into the static jindu program in place of dlopen, dlsym and dlclose
// (ld --wrap). Only ICU's plugin loader calls them, and a static program cannot
// load shared objects safely; failing as dlopen does when there is no plugin
// keeps glibc's static dlopen, and the link warning it carries, out.
extern "C" {

// Loads nothing: returns null, as dlopen does for a missing file.
void* __wrap_dlopen(const char*, int) { return nullptr; }

// Finds nothing: returns null.
void* __wrap_dlsym(void*, const char*) { return nullptr; }

// Closes nothing: reports success.
int __wrap_dlclose(void*) { return 0; }

}
