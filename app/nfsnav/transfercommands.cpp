// The transfer commands of nfsnav (cat, get, put, cp).
#include "commandline.h"

QList<CliCommand> transferCommands()
{
    return {};
}
