// What the fully static jindu program links in place of a few glibc and libgcc
// functions (ld --wrap, see cmake/JinduStaticCli.cmake).
#include <malloc.h>
#include <sys/mman.h>

#include <cstdint>

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

// The heap, in huge pages. Converting touches memory in proportion to the
// input, and on virtual machines the first touch of each 4 KiB page costs
// 10 µs or more: for a large report that was a third of the run time. The
// kernel backs memory with 2 MiB pages where a program asks (MADV_HUGEPAGE),
// and glibc's allocator asks only when told to through the environment
// (glibc.malloc.hugetlb). Its heap grows through sbrk, so each stretch it
// grows by is marked here instead.
void* __real___sbrk(std::intptr_t increment);

// Grows the heap as sbrk does and asks for huge pages on the new stretch.
void* __wrap___sbrk(std::intptr_t increment) {
    void* old = __real___sbrk(increment);
    constexpr std::uintptr_t page = 4096;
    if (old != reinterpret_cast<void*>(-1) && increment >= std::intptr_t{2} << 20) {
        const auto begin = (reinterpret_cast<std::uintptr_t>(old) + page - 1) & ~(page - 1);
        const auto end = (reinterpret_cast<std::uintptr_t>(old) + static_cast<std::uintptr_t>(increment)) & ~(page - 1);
        if (end > begin) madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);  // advice only
    }
    return old;
}

}

namespace {

// The allocator set for one process converting a batch and exiting: the heap
// grows in large stretches (each one huge pages), every block comes from it
// rather than from a mapping of its own (a 100 MB file read whole too), and
// freed memory is kept for reuse instead of being handed back and faulted in
// again.
[[gnu::constructor]] void tune_heap() {
    mallopt(M_TOP_PAD, 64 << 20);
    mallopt(M_MMAP_MAX, 0);
    mallopt(M_TRIM_THRESHOLD, 1 << 30);
}

}  // namespace
