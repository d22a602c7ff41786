// cprefetch is defined inline in its header; SwiftPM needs one source file for the target.
#include "cprefetch.h"
