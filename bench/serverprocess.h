#pragma once

#include <QProcess>
#include <QString>
#include <QUrl>

// The local server in a child process (this same program with --serve), so that its work and
// memory are not counted against the client side being measured.
class ServerProcess final
{
public:
    ~ServerProcess();
    bool start(int accounts);
    QUrl baseUrl;
    QString clientId;
    QString clientSecret;
    QString orgId;

private:
    QProcess m_process;
};

// The --serve mode: an organization "bench" with `accounts` service accounts; prints
// BASE/ID/SECRET/ORG lines and serves until its standard input closes.
int serve(int accounts);
