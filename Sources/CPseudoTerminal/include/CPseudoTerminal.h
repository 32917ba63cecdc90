#ifndef CPSEUDOTERMINAL_H
#define CPSEUDOTERMINAL_H

#include <sys/types.h>

/// Starts `path` with `argv`/`envp` in a new session whose controlling terminal is a fresh
/// pseudo-terminal of `rows` x `cols`: its stdin, stdout and stderr are the pty's slave side, so
/// the terminal driver turns a written ^C into SIGINT for it, as in a real terminal. The signal
/// mask is emptied and SIGINT/SIGQUIT reset to default in the child (test runners block them).
/// Returns the child's pid and stores the master fd in *master, or returns -1 (errno set).
pid_t CPseudoTerminal_spawn(const char *path, char *const argv[], char *const envp[],
                            unsigned short rows, unsigned short cols, int *master);

/// Opens a pseudo-terminal pair of `rows` x `cols` with no process on it (both ends O_NOCTTY, close-on-exec).
/// Returns 0 and stores both fds, or returns -1 (errno set).
int CPseudoTerminal_open(unsigned short rows, unsigned short cols, int *master, int *slave);

/// Sets the window size of the pty behind `master` (the child gets SIGWINCH).
int CPseudoTerminal_resize(int master, unsigned short rows, unsigned short cols);

/// waitpid(pid) with a timeout in milliseconds. Returns 1 and the raw status when the child
/// ended, 0 on timeout, -1 on error.
int CPseudoTerminal_wait(pid_t pid, int timeout_ms, int *status);

/// Decoded wait status: exit code, or 128 + signal number when killed by a signal.
int CPseudoTerminal_exit_code(int status);

#endif
