#ifndef CLINEEDITORSUPPORT_H
#define CLINEEDITORSUPPORT_H

#include <histedit.h>

// Swift cannot call C variadic functions (el_set, el_get, history are `...`), nor name the
// C globals stdin/stdout/stderr in Swift 6 mode; each wrapper pins one fixed signature.

typedef char *(*les_prompt_fn)(EditLine *);
typedef unsigned char (*les_command_fn)(EditLine *, int);

// ---- locale -----------------------------------------------------------------------------
/// setlocale(LC_CTYPE, ""); falls back to C.UTF-8 when the codeset is not UTF-8, because libedit
/// decodes input bytes with the locale and drops non-ASCII input otherwise. Returns 1 when the
/// resulting codeset is UTF-8.
int les_ensure_utf8_ctype(void);

// ---- EditLine ---------------------------------------------------------------------------
EditLine *les_init_stdio(const char *program);
/// EL_PROMPT_ESC with `delimiter`: text between two delimiters does not count towards width.
int les_set_prompt(EditLine *el, les_prompt_fn fn, char delimiter);
int les_set_editor(EditLine *el, const char *mode);
int les_set_signal(EditLine *el, int on);
int les_set_history(EditLine *el, History *h);
int les_add_function(EditLine *el, const char *name, const char *help, les_command_fn fn);
int les_bind(EditLine *el, const char *key, const char *command);
int les_set_clientdata(EditLine *el, void *data);
void *les_get_clientdata(EditLine *el);
/// Replaces libedit's character reader (EL_GETCFN) with one that waits with ppoll and SIGINT
/// atomically unblocked, so a Ctrl+C arriving while libedit redraws (not yet in read()) still
/// ends el_gets (NULL, count -1, errno EINTR) instead of being noticed only after the next key.
/// Decodes input with the locale's multibyte encoding (UTF-8), like libedit's own reader.
int les_use_interruptible_reader(EditLine *el);
/// Installs a no-op SIGWINCH handler (SA_RESTART) unless one exists. libedit's own handler (EL_SIGNAL)
/// disarms itself after the first signal of an el_gets call and restores the previous action; with
/// this handler later resizes still wake les_read_char, which resizes and redraws.
int les_install_resize_handler(void);
/// Terminal bell through libedit's own output stream.
void les_beep(EditLine *el);

// ---- History ----------------------------------------------------------------------------
int les_history_setsize(History *h, int size);
int les_history_setunique(History *h, int on);
int les_history_enter(History *h, const char *line);
/// Iterates newest to oldest: first != 0 gives the newest entry, then older ones; NULL at the end.
const char *les_history_walk(History *h, int first);

// ---- SIGINT -----------------------------------------------------------------------------
/// Installs a SIGINT handler that only sets a flag, without SA_RESTART (so a blocked read()
/// returns EINTR), and unblocks SIGINT (the mask survives exec; parents may have blocked it).
/// Idempotent. Returns 0 on success.
int les_interrupt_install(void);
/// Returns 1 and clears the flag when SIGINT arrived since the last call.
int les_interrupt_take(void);
/// Returns 1 when SIGINT is pending, without clearing it.
int les_interrupt_pending(void);
/// Sets or clears the flag (tests, and the REPL discarding a stale Ctrl+C).
void les_interrupt_set(int on);
/// Waits until `fd` is readable. Returns 1 when readable, 0 when SIGINT is pending (flag left
/// set), -2 when the terminal was resized (SIGWINCH), -1 on error; other signals only resume the
/// wait. Race-free like les_interrupt_sleep.
int les_wait_readable(int fd);
/// Sleeps `seconds`; returns 1 when the whole time passed, 0 when SIGINT is pending (at entry
/// or arriving during the sleep). The flag is left set. SIGINT is blocked while the flag is
/// checked and atomically unblocked by ppoll; the sleep also wakes every 50 ms to re-check the
/// flag, for when another thread handled the signal.
int les_interrupt_sleep(double seconds);

// ---- terminal ---------------------------------------------------------------------------
/// Columns of the terminal on `fd` (TIOCGWINSZ), or 0 when unknown.
int les_terminal_columns(int fd);
/// Turns echo off (keeping the echoed newline) on `fd`; writes the previous state into
/// `saved` (an opaque buffer of les_termios_size() bytes). Returns 0 on success.
int les_echo_off(int fd, void *saved);
int les_termios_restore(int fd, const void *saved);
unsigned long les_termios_size(void);
/// Reads one line from `fd` with read(2) (no stdio buffering). Returns a malloc'ed string
/// without the newline (caller frees), or NULL on EOF before any byte, on SIGINT (*interrupted
/// is set to 1) or on a read error.
char *les_read_raw_line(int fd, int *interrupted);

#endif
