#ifndef CLIBEDIT_H
#define CLIBEDIT_H

// libedit's native API only. pkg-config adds -I/usr/include/editline, so a bare
// <readline.h> or <history.h> would silently pick libedit's GNU-readline emulation.
#include <histedit.h>

#endif
