// The converter's memory allocator: jemalloc, set up for a process that reads
// a batch of reports and exits.
//
// Converting touches memory in proportion to the input, and on virtual
// machines a first touch of a 4 KiB page can cost 10 µs or more: for large
// inputs that was a third of the run time. Transparent huge pages make one
// fault serve 2 MiB. The kernel grants them only where a process asks
// (madvise), which jemalloc's thp:always does for all its memory; the C
// library's allocator does so only when configured through the environment.
// Memory is handed back to the kernel at exit only: returning it earlier means
// faulting it in again.
extern "C" {
// Read by jemalloc when it starts (see jemalloc(3), "malloc_conf").
extern const char* const malloc_conf;
const char* const malloc_conf = "thp:always,metadata_thp:always,dirty_decay_ms:-1,muzzy_decay_ms:-1";
}
