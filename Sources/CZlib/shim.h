// The system zlib, for the base image databases (.tgz) vtash writes and reads.
#include <zlib.h>
