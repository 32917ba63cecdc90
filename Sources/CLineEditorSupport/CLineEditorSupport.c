#define _GNU_SOURCE
#include "CLineEditorSupport.h"

#include <errno.h>
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <math.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>
#include <wchar.h>

// ---- locale -------------------------------------------------------------------------------

static int les_codeset_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

int les_ensure_utf8_ctype(void) {
    setlocale(LC_CTYPE, "");
    if (les_codeset_is_utf8()) return 1;
    if (setlocale(LC_CTYPE, "C.UTF-8") == NULL) setlocale(LC_CTYPE, "en_US.UTF-8");
    return les_codeset_is_utf8();
}

// ---- EditLine -----------------------------------------------------------------------------

EditLine *les_init_stdio(const char *program) {
    return el_init(program, stdin, stdout, stderr);
}

int les_set_prompt(EditLine *el, les_prompt_fn fn, char delimiter) {
    return el_set(el, EL_PROMPT_ESC, fn, delimiter);
}

int les_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}

int les_set_signal(EditLine *el, int on) {
    return el_set(el, EL_SIGNAL, on);
}

int les_set_history(EditLine *el, History *h) {
    // `history` is variadic: it can only be named from C.
    return el_set(el, EL_HIST, history, h);
}

int les_add_function(EditLine *el, const char *name, const char *help, les_command_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}

int les_bind(EditLine *el, const char *key, const char *command) {
    return el_set(el, EL_BIND, key, command, (const char *)NULL);
}

int les_set_clientdata(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}

void *les_get_clientdata(EditLine *el) {
    void *data = NULL;
    if (el_get(el, EL_CLIENTDATA, &data) != 0) return NULL;
    return data;
}

static int les_read_char(EditLine *el, wchar_t *cp) {
    char bytes[MB_LEN_MAX];
    size_t used = 0;
    for (;;) {
        int ready = les_wait_readable(STDIN_FILENO);
        if (ready == 0) {
            *cp = L'\0';
            errno = EINTR;
            return -1;
        }
        if (ready == -2) {
            // SIGWINCH/SIGCONT: take the new size and redraw the line.
            el_resize(el);
            el_set(el, EL_REFRESH);
            continue;
        }
        if (ready < 0) {
            *cp = L'\0';
            return -1;
        }
        ssize_t n = read(STDIN_FILENO, bytes + used, 1);
        if (n < 0) {
            if (errno == EINTR || errno == EAGAIN) continue;
            *cp = L'\0';
            return -1;
        }
        if (n == 0) {
            *cp = L'\0';
            return 0;
        }
        used++;
        mbstate_t state;
        memset(&state, 0, sizeof state);
        size_t result = mbrtowc(cp, bytes, used, &state);
        if (result == (size_t)-2) {
            if (used >= sizeof bytes) used = 0; // too long to be a character: drop it
            continue;
        }
        if (result == (size_t)-1) {
            // Invalid sequence: drop it, but let its last byte start a new character.
            if (used > 1) {
                bytes[0] = bytes[used - 1];
                used = 1;
                memset(&state, 0, sizeof state);
                result = mbrtowc(cp, bytes, used, &state);
                if (result != (size_t)-1 && result != (size_t)-2) return 1;
                if (result == (size_t)-2) continue;
            }
            used = 0;
            continue;
        }
        return 1;
    }
}

// Set by the SIGWINCH handler: tells a resize apart from other signals that interrupt ppoll.
static volatile sig_atomic_t les_resize_flag = 0;

static void les_on_sigwinch(int signo) {
    (void)signo;
    les_resize_flag = 1;
}

int les_install_resize_handler(void) {
    struct sigaction current;
    if (sigaction(SIGWINCH, NULL, &current) != 0) return -1;
    // Keep a handler someone else installed; replace only the default (ignore).
    if (current.sa_handler != SIG_DFL && current.sa_handler != SIG_IGN) return 0;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = les_on_sigwinch;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART; // other blocking calls carry on; ppoll is never restarted
    return sigaction(SIGWINCH, &sa, NULL);
}

int les_use_interruptible_reader(EditLine *el) {
    return el_set(el, EL_GETCFN, les_read_char);
}

void les_beep(EditLine *el) {
    FILE *out = NULL;
    if (el_get(el, EL_GETFP, 1, &out) == 0 && out != NULL) {
        fputc('\a', out);
        fflush(out);
    }
}

// ---- History ------------------------------------------------------------------------------

int les_history_setsize(History *h, int size) {
    HistEvent ev;
    return history(h, &ev, H_SETSIZE, size);
}

int les_history_setunique(History *h, int on) {
    HistEvent ev;
    return history(h, &ev, H_SETUNIQUE, on);
}

int les_history_enter(History *h, const char *line) {
    HistEvent ev;
    return history(h, &ev, H_ENTER, line);
}

const char *les_history_walk(History *h, int first) {
    HistEvent ev;
    if (history(h, &ev, first ? H_FIRST : H_NEXT) < 0) return NULL;
    return ev.str;
}

// ---- SIGINT -------------------------------------------------------------------------------

static volatile sig_atomic_t les_interrupt_flag = 0;
static volatile sig_atomic_t les_interrupt_installed = 0;

static void les_on_sigint(int signo) {
    (void)signo;
    les_interrupt_flag = 1;
}

int les_interrupt_install(void) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    if (!les_interrupt_installed) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = les_on_sigint;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = 0; // no SA_RESTART: a blocked read() must return EINTR
        if (sigaction(SIGINT, &sa, NULL) != 0) return -1;
        les_interrupt_installed = 1;
    }
    return pthread_sigmask(SIG_UNBLOCK, &set, NULL) == 0 ? 0 : -1;
}

int les_interrupt_take(void) {
    int was = les_interrupt_flag;
    les_interrupt_flag = 0;
    return was;
}

int les_interrupt_pending(void) {
    return les_interrupt_flag;
}

void les_interrupt_set(int on) {
    les_interrupt_flag = on ? 1 : 0;
}

static double les_monotonic_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int les_wait_readable(int fd) {
    sigset_t block, original;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    if (pthread_sigmask(SIG_BLOCK, &block, &original) != 0) return -1;
    sigset_t during = original;
    sigdelset(&during, SIGINT);
    int result;
    for (;;) {
        if (les_interrupt_flag) {
            result = 0;
            break;
        }
        struct pollfd descriptor;
        descriptor.fd = fd;
        descriptor.events = POLLIN;
        descriptor.revents = 0;
        int rc = ppoll(&descriptor, 1, NULL, &during);
        if (rc > 0) {
            result = 1;
            break;
        }
        if (rc < 0 && errno == EINTR) {
            if (les_interrupt_flag) {
                result = 0;
                break;
            }
            if (les_resize_flag) {
                les_resize_flag = 0;
                result = -2;
                break;
            }
            // Another signal, or libedit's own SIGINT handler (EL_SIGNAL): it re-raises SIGINT while
            // SIGINT is blocked, so ours runs at the next ppoll. Treating this wake-up as a resize
            // redrew the line once more before the ^C (the line appeared twice).
            continue;
        }
        result = -1;
        break;
    }
    int saved = errno;
    pthread_sigmask(SIG_SETMASK, &original, NULL);
    errno = saved;
    return result;
}

int les_interrupt_sleep(double seconds) {
    if (!(seconds > 0)) return les_interrupt_flag ? 0 : 1; // also rejects NaN
    if (seconds > 1e9) seconds = 1e9;
    sigset_t block, original;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    if (pthread_sigmask(SIG_BLOCK, &block, &original) != 0) return les_interrupt_flag ? 0 : 1;
    sigset_t during = original;
    sigdelset(&during, SIGINT);
    const double deadline = les_monotonic_now() + seconds;
    int completed = 1;
    for (;;) {
        if (les_interrupt_flag) { completed = 0; break; }
        double remaining = deadline - les_monotonic_now();
        if (remaining <= 0) break;
        // Wake at least every 50 ms: in a multi-threaded process SIGINT may be handled by
        // another thread, which sets the flag without interrupting this ppoll.
        if (remaining > 0.05) remaining = 0.05;
        struct timespec ts;
        ts.tv_sec = (time_t)remaining;
        ts.tv_nsec = (long)((remaining - (double)ts.tv_sec) * 1e9);
        if (ts.tv_nsec >= 1000000000L) ts.tv_nsec = 999999999L;
        // ppoll swaps in `during` atomically, so a SIGINT after the flag check still wakes us.
        int rc = ppoll(NULL, 0, &ts, &during);
        if (rc < 0 && errno != EINTR) break;
    }
    pthread_sigmask(SIG_SETMASK, &original, NULL);
    return completed;
}

// ---- terminal -----------------------------------------------------------------------------

int les_terminal_columns(int fd) {
    struct winsize ws;
    memset(&ws, 0, sizeof ws);
    if (ioctl(fd, TIOCGWINSZ, &ws) != 0) return 0;
    return ws.ws_col;
}

unsigned long les_termios_size(void) {
    return sizeof(struct termios);
}

int les_echo_off(int fd, void *saved) {
    struct termios t;
    if (tcgetattr(fd, &t) != 0) return -1;
    memcpy(saved, &t, sizeof t);
    t.c_lflag &= ~(tcflag_t)(ECHO | ECHOE | ECHOK);
    t.c_lflag |= ECHONL;
    return tcsetattr(fd, TCSANOW, &t);
}

int les_termios_restore(int fd, const void *saved) {
    struct termios t;
    memcpy(&t, saved, sizeof t);
    return tcsetattr(fd, TCSANOW, &t);
}

char *les_read_raw_line(int fd, int *interrupted) {
    size_t capacity = 64, length = 0;
    char *buffer = malloc(capacity);
    if (buffer == NULL) return NULL;
    *interrupted = 0;
    for (;;) {
        int ready = les_wait_readable(fd);
        if (ready == 0) { *interrupted = 1; free(buffer); return NULL; }
        if (ready == -2) continue;
        if (ready < 0) { free(buffer); return NULL; }
        char c;
        ssize_t n = read(fd, &c, 1);
        if (n < 0) {
            if (errno == EINTR) {
                if (les_interrupt_flag) { *interrupted = 1; free(buffer); return NULL; }
                continue;
            }
            free(buffer);
            return NULL;
        }
        if (n == 0) {
            if (length == 0) { free(buffer); return NULL; }
            break;
        }
        if (c == '\n') break;
        if (length + 1 >= capacity) {
            if (capacity > (1u << 24)) break; // a 16 MiB secret is not a secret, it is a mistake
            char *grown = realloc(buffer, capacity * 2);
            if (grown == NULL) { free(buffer); return NULL; }
            buffer = grown;
            capacity *= 2;
        }
        buffer[length++] = c;
    }
    if (length > 0 && buffer[length - 1] == '\r') length--;
    buffer[length] = '\0';
    return buffer;
}
