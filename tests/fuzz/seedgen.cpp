// fuzz_seedgen <corpus folder>: writes the seed inputs of the harnesses from real answers of the
// local server (deterministic demo data, seed 1), in each harness's input format (README.md).
// The hand-made edge cases beside them in corpus/ are not written by this program.
#include "fakeserver.h"
#include "httpprobe.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QtEndian>
#include <cstdio>

using keycard::fake::FakeServer;

namespace {

QString g_root;
int g_failures = 0;

void write(const QString& target, const QString& name, const QByteArray& bytes)
{
    QDir().mkpath(g_root + QLatin1Char('/') + target);
    QFile file(g_root + QLatin1Char('/') + target + QLatin1Char('/') + name);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "fuzz_seedgen: cannot write %s\n", qPrintable(file.fileName()));
        ++g_failures;
    }
}

// fuzz_decode: the first byte picks the limit (byte % 100 + 1), the rest is the answer.
void decodeSeed(const QString& name, const HttpProbe::Answer& answer, int limit = 100)
{
    if (answer.body.isEmpty()) {
        std::fprintf(stderr, "fuzz_seedgen: no answer for %s\n", qPrintable(name));
        ++g_failures;
    }
    write(QStringLiteral("decode"), name, char(limit - 1) + answer.body);
}

QByteArray position(quint64 seq)
{
    QByteArray bytes(8, Qt::Uninitialized);
    qToBigEndian(seq, bytes.data());
    return bytes;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_seedgen <corpus folder>\n");
        return 2;
    }
    g_root = QString::fromLocal8Bit(argv[1]);

    FakeServer server(1);
    if (!server.listen())
        return 1;
    const auto ids = server.demoIds();
    HttpProbe probe(server.baseUrl());
    const auto token = probe.requestToken(server.demoClientId(), server.demoClientSecret());
    decodeSeed(QStringLiteral("token.json"), token);
    probe.signIn(server.demoClientId(), server.demoClientSecret());

    const QString org = QStringLiteral("/organizations/") + ids.bigOrgId;
    const QString accounts = org + QStringLiteral("/service-accounts");
    const QString account = accounts + QLatin1Char('/') + ids.accountWithManyCredentials;
    const QString credentials = account + QStringLiteral("/credentials");

    decodeSeed(QStringLiteral("organizations-page.json"),
               probe.get(QStringLiteral("/organizations?limit=3")), 3);
    decodeSeed(QStringLiteral("organization.json"), probe.get(org));
    const auto accountsPage = probe.get(accounts + QStringLiteral("?limit=3&expand=permissions"));
    decodeSeed(QStringLiteral("service-accounts-page.json"), accountsPage, 3);
    decodeSeed(QStringLiteral("service-accounts-page-empty.json"),
               probe.get(QStringLiteral("/organizations/") + ids.emptyOrgId +
                         QStringLiteral("/service-accounts?limit=1")),
               1);
    decodeSeed(QStringLiteral("service-account.json"), probe.get(account));
    const auto credentialsPage = probe.get(credentials + QStringLiteral("?limit=2"));
    decodeSeed(QStringLiteral("credentials-page.json"), credentialsPage, 2);
    const auto created =
        probe.post(credentials, QJsonObject{{QStringLiteral("name"), QStringLiteral("fuzz seed")}});
    decodeSeed(QStringLiteral("new-credential.json"), created);
    const QString credentialId = created.json().value(QStringLiteral("id")).toString();
    decodeSeed(QStringLiteral("credential.json"),
               probe.get(credentials + QLatin1Char('/') + credentialId));
    decodeSeed(QStringLiteral("error-404.json"), probe.get(QStringLiteral("/organizations/nope")));
    decodeSeed(QStringLiteral("error-422.json"), probe.get(accounts + QStringLiteral("?after=x")));

    // fuzz_timestamp: the dates of a real item.
    const QJsonObject item =
        accountsPage.json().value(QStringLiteral("items")).toArray().at(0).toObject();
    write(QStringLiteral("timestamp"), QStringLiteral("created_at"),
          item.value(QStringLiteral("created_at")).toString().toUtf8());
    write(QStringLiteral("timestamp"), QStringLiteral("updated_at"),
          item.value(QStringLiteral("updated_at")).toString().toUtf8());

    // fuzz_cursor: 8 bytes of list position, then cursor text (a real end cursor).
    const QByteArray endCursor = accountsPage.json()
                                     .value(QStringLiteral("page_info"))
                                     .toObject()
                                     .value(QStringLiteral("end_cursor"))
                                     .toString()
                                     .toUtf8();
    write(QStringLiteral("cursor"), QStringLiteral("end-cursor"), position(3) + endCursor);

    // fuzz_httprequest: 4 bytes of piece sizes, then requests as the client sends them.
    const QByteArray auth = "Authorization: Bearer " + probe.token() + "\r\n";
    const QByteArray host = "Host: 127.0.0.1:" + QByteArray::number(server.port()) + "\r\n";
    const QByteArray list = "GET " + accounts.toUtf8() + "?limit=3&after=" + endCursor +
                            "&expand=permissions HTTP/1.1\r\n" + host + auth +
                            "Accept: application/json\r\nX-Client-Request-ID: seed-1\r\n\r\n";
    const QByteArray body = R"({"name":"fuzz seed","description":"from fuzz_seedgen"})";
    const QByteArray create =
        "POST " + credentials.toUtf8() + " HTTP/1.1\r\n" + host + auth +
        "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
        "\r\n\r\n" + body;
    const QByteArray tokenRequest =
        "POST /service-account-token HTTP/1.1\r\n" + host + "Authorization: Basic " +
        (server.demoClientId() + QLatin1Char(':') + server.demoClientSecret()).toUtf8().toBase64() +
        "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 29\r\n\r\n"
        "grant_type=client_credentials";
    write(QStringLiteral("httprequest"), QStringLiteral("list"), QByteArray(4, '\xff') + list);
    write(QStringLiteral("httprequest"), QStringLiteral("create-in-small-pieces"),
          QByteArray("\x00\x06\x10\x02", 4) + create);
    write(QStringLiteral("httprequest"), QStringLiteral("token-then-list-pipelined"),
          QByteArray(4, '\x40') + tokenRequest + list);
    return g_failures == 0 ? 0 : 1;
}
