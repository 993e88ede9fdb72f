#include "organizationcommands.h"

#include "listcommand.h"
#include "records.h"

namespace keycard::cli {

namespace {
class OrganizationsList final : public ListCommand
{
public:
    OrganizationsList(Context& context, const QStringList&, const QCommandLineParser&)
        : ListCommand(context)
    {}

    void start() override
    {
        signIn([this] {
            ApiClient& client = session()->client();
            printAll<Organization>(
                [&client](const PageRequest& page, QObject* context,
                          ApiClient::Callback<Page<Organization>> done) {
                    return client.listOrganizations(page, context, std::move(done));
                },
                organizationRecord, organizationTable());
        });
    }
};
} // namespace

QList<CommandSpec> OrganizationCommands::specs()
{
    return {
        {QStringLiteral("organizations"),
         QStringLiteral("list"),
         {},
         tr("List the organizations this sign-in may see."),
         {},
         0,
         0,
         factory<OrganizationsList>()},
    };
}

} // namespace keycard::cli
