// The commands of nfsnav that change attributes and links or walk whole trees.
#include "commandline.h"

QList<CliCommand> treeCommands()
{
    return {};
}
