// I/O fault injection for the tests (LD_PRELOAD; never part of the product's build).
//
// Counts the calls of open/openat, write, fsync/fdatasync, rename/renameat/renameat2 and mkdir/mkdirat
// that touch a path under FAULT_PREFIX (a write or fsync counts when its descriptor was opened there),
// and makes call number FAULT_CALL fail with FAULT_ERRNO (ENOSPC, EIO or EACCES; default EIO). With
// FAULT_SHORT=1 a faulted write writes half its bytes instead, and every later write to that descriptor
// fails (a disk that filled up). FAULT_COUNT_FILE, when set, receives the number of counted calls at exit.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define MAX_FDS 65536

static const char *prefix;
static size_t prefix_length;
static long fault_call = -1;
static int fault_errno = EIO;
static int fault_short;
static long calls;
static unsigned char watched[MAX_FDS]; // 1: opened under the prefix; 2: a short write happened
static int ready;

static void setup(void) {
    if (ready) return;
    prefix = getenv("FAULT_PREFIX");
    prefix_length = prefix ? strlen(prefix) : 0;
    const char *call = getenv("FAULT_CALL");
    if (call) fault_call = atol(call);
    const char *name = getenv("FAULT_ERRNO");
    if (name && strcmp(name, "ENOSPC") == 0) fault_errno = ENOSPC;
    if (name && strcmp(name, "EACCES") == 0) fault_errno = EACCES;
    const char *short_write = getenv("FAULT_SHORT");
    fault_short = short_write && strcmp(short_write, "1") == 0;
    __atomic_store_n(&ready, 1, __ATOMIC_RELEASE);
}

static __attribute__((destructor)) void report(void) {
    const char *file = getenv("FAULT_COUNT_FILE");
    if (!file) return;
    FILE *out = fopen(file, "w");
    if (!out) return;
    fprintf(out, "%ld\n", __atomic_load_n(&calls, __ATOMIC_SEQ_CST));
    fclose(out);
}

// A relative path is taken relative to the working folder.
static int under_prefix(int dirfd, const char *path) {
    setup();
    if (!prefix || !path) return 0;
    if (path[0] == '/' ) return strncmp(path, prefix, prefix_length) == 0;
    char base[4096];
    if (dirfd == AT_FDCWD) {
        if (!getcwd(base, sizeof base)) return 0;
    } else {
        char link[64];
        snprintf(link, sizeof link, "/proc/self/fd/%d", dirfd);
        ssize_t length = readlink(link, base, sizeof base - 1);
        if (length < 0) return 0;
        base[length] = 0;
    }
    return strncmp(base, prefix, prefix_length) == 0;
}

// 1 when this counted call is the one to fail.
static int hit(void) {
    long number = __atomic_add_fetch(&calls, 1, __ATOMIC_SEQ_CST);
    return number == fault_call;
}

static int watched_fd(int fd) { return fd >= 0 && fd < MAX_FDS && watched[fd]; }

#define REAL(name) static __typeof__(name) *real; if (!real) real = (__typeof__(name) *)dlsym(RTLD_NEXT, #name)

static int after_open(int fd, int counted) {
    if (fd >= 0 && fd < MAX_FDS) watched[fd] = counted ? 1 : 0;
    return fd;
}

static int do_openat(const char *symbol, int dirfd, const char *path, int flags, mode_t mode) {
    static int (*real_openat)(int, const char *, int, ...);
    if (!real_openat) real_openat = (int (*)(int, const char *, int, ...))dlsym(RTLD_NEXT, symbol);
    int counted = under_prefix(dirfd, path);
    if (counted && hit()) { errno = fault_errno; return -1; }
    return after_open(real_openat(dirfd, path, flags, mode), counted);
}

static int do_open(const char *symbol, const char *path, int flags, mode_t mode) {
    int (*real_open)(const char *, int, ...) = (int (*)(const char *, int, ...))dlsym(RTLD_NEXT, symbol);
    int counted = under_prefix(AT_FDCWD, path);
    if (counted && hit()) { errno = fault_errno; return -1; }
    return after_open(real_open(path, flags, mode), counted);
}

#define MODE_ARG mode_t mode = 0; if (flags & (O_CREAT | O_TMPFILE)) { va_list args; va_start(args, flags); mode = va_arg(args, mode_t); va_end(args); }
int open(const char *path, int flags, ...) { MODE_ARG return do_open("open", path, flags, mode); }
int open64(const char *path, int flags, ...) { MODE_ARG return do_open("open64", path, flags, mode); }
int openat(int dirfd, const char *path, int flags, ...) { MODE_ARG return do_openat("openat", dirfd, path, flags, mode); }
int openat64(int dirfd, const char *path, int flags, ...) { MODE_ARG return do_openat("openat64", dirfd, path, flags, mode); }

int close(int fd) {
    REAL(close);
    if (fd >= 0 && fd < MAX_FDS) watched[fd] = 0;
    return real(fd);
}

ssize_t write(int fd, const void *buffer, size_t count) {
    REAL(write);
    if (!watched_fd(fd)) return real(fd, buffer, count);
    if (watched[fd] == 2) { errno = fault_errno; return -1; }
    if (hit()) {
        if (fault_short && count > 1) {
            watched[fd] = 2;
            return real(fd, buffer, count / 2);
        }
        errno = fault_errno;
        return -1;
    }
    return real(fd, buffer, count);
}

int fsync(int fd) {
    REAL(fsync);
    if (watched_fd(fd) && hit()) { errno = fault_errno; return -1; }
    return real(fd);
}

int fdatasync(int fd) {
    REAL(fdatasync);
    if (watched_fd(fd) && hit()) { errno = fault_errno; return -1; }
    return real(fd);
}

int rename(const char *from, const char *to) {
    REAL(rename);
    if ((under_prefix(AT_FDCWD, from) || under_prefix(AT_FDCWD, to)) && hit()) { errno = fault_errno; return -1; }
    return real(from, to);
}

int renameat(int fromfd, const char *from, int tofd, const char *to) {
    REAL(renameat);
    if ((under_prefix(fromfd, from) || under_prefix(tofd, to)) && hit()) { errno = fault_errno; return -1; }
    return real(fromfd, from, tofd, to);
}

int renameat2(int fromfd, const char *from, int tofd, const char *to, unsigned int flags) {
    REAL(renameat2);
    if ((under_prefix(fromfd, from) || under_prefix(tofd, to)) && hit()) { errno = fault_errno; return -1; }
    return real(fromfd, from, tofd, to, flags);
}

int mkdir(const char *path, mode_t mode) {
    REAL(mkdir);
    if (under_prefix(AT_FDCWD, path) && hit()) { errno = fault_errno; return -1; }
    return real(path, mode);
}

int mkdirat(int dirfd, const char *path, mode_t mode) {
    REAL(mkdirat);
    if (under_prefix(dirfd, path) && hit()) { errno = fault_errno; return -1; }
    return real(dirfd, path, mode);
}
