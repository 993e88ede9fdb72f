// keycard-fake-server: the Keycard-compatible local server, for people and external tools.
#include "fakeserver.h"
#include "faultspec.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

using keycard::fake::FakeServer;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("keycard-fake-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYCARD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A Keycard-compatible API server on 127.0.0.1 with demo data (not real "
                       "secrets) and fault injection.\n\n") +
        keycard::fake::faultSpecHelp());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("TCP port on 127.0.0.1 (0 = a free one)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Seed of the deterministic demo data."),
                                        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption lifetimeOption(QStringLiteral("token-lifetime"),
                                            QStringLiteral("Lifetime of issued tokens in seconds."),
                                            QStringLiteral("S"), QStringLiteral("3600"));
    const QCommandLineOption faultOption(QStringLiteral("fault"),
                                         QStringLiteral("Inject a fault (repeatable), see above."),
                                         QStringLiteral("OP:KIND[,k=v...]"));
    parser.addOptions({portOption, seedOption, lifetimeOption, faultOption});
    parser.process(app);

    QTextStream err(stderr);
    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    bool seedOk = false;
    const quint64 seed = parser.value(seedOption).toULongLong(&seedOk);
    bool lifetimeOk = false;
    const int lifetime = parser.value(lifetimeOption).toInt(&lifetimeOk);
    if (!portOk || port > 65535 || !seedOk || !lifetimeOk || lifetime < 0) {
        err << "keycard-fake-server: --port, --seed and --token-lifetime take numbers\n";
        return 2;
    }

    FakeServer server(seed);
    server.setTokenLifetime(lifetime);
    const QStringList faults = parser.values(faultOption);
    for (const QString& text : faults) {
        QString error;
        const auto spec = keycard::fake::parseFaultSpec(text, &error);
        if (!spec) {
            err << "keycard-fake-server: --fault: " << error << '\n';
            return 2;
        }
        server.addFault(spec->operationId, spec->fault);
    }
    if (!server.listen(static_cast<quint16>(port))) {
        err << "keycard-fake-server: cannot listen on 127.0.0.1:" << port << '\n';
        return 1;
    }

    QTextStream out(stdout);
    out << "KEYCARD_API_BASE_URL=" << server.baseUrl().toString() << '\n'
        << "KEYCARD_API_CLIENT_ID=" << server.demoClientId() << '\n'
        << "KEYCARD_API_CLIENT_SECRET=" << server.demoClientSecret() << '\n';
    out.flush();
    std::fflush(stdout);
    err << "keycard-fake-server: serving demo data (seed " << seed << ") until stopped\n";
    err.flush();
    return QCoreApplication::exec();
}
