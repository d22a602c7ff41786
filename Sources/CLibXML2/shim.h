// libxml2 (Debian libxml2-dev), found through pkg-config libxml-2.0.
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
#include <libxml/parser.h>
