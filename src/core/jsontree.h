#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1String>
#include <QString>
#include <vector>

// A small, strict JSON (RFC 8259) reader for the API's answers. The UTF-8 body is read once
// into a flat tree of nodes that point into the body; strings become QStrings only when asked
// for. Much cheaper than QJsonDocument, which builds a QCborValue tree of every string.
//
// Strict like QJsonDocument: invalid UTF-8, control characters in strings, bad escapes, lone
// surrogates (also as \u escapes), leading zeros, trailing garbage and nesting deeper than
// maxDepth are errors. A UTF-8 byte order mark at the start is skipped. Nesting is read without
// recursion, so no body can overflow the stack.
namespace keycard::json {

class JsonTree final
{
public:
    enum class Type : quint8 { Null, Bool, Number, String, Array, Object };

    static constexpr int kMaxDepth = 1024; // as QJsonDocument

    // Parses body (kept, implicitly shared); false with errorString()/errorOffset() when it
    // is not one complete JSON value.
    bool parse(const QByteArray& body, int maxDepth = kMaxDepth);

    QString errorString() const { return m_error; }
    qsizetype errorOffset() const { return m_errorOffset; }

    // Nodes are indexes; the root is 0. Objects hold key and value nodes in turns.
    static constexpr int kRoot = 0;
    static constexpr int kNone = -1;

    Type type(int node) const { return Type(m_nodes[size_t(node)].type); }
    bool isNull(int node) const { return type(node) == Type::Null; }
    bool toBool(int node) const { return m_nodes[size_t(node)].flag != 0; }
    double toDouble(int node) const;  // numbers only
    QString toString(int node) const; // strings (also keys) only
    // The value's bytes in the body: a string without its quotes (escapes not undone), a
    // container with its brackets.
    QByteArrayView raw(int node) const
    {
        const Node& n = m_nodes[size_t(node)];
        return QByteArrayView(m_body.constData() + n.begin, n.end - n.begin);
    }
    bool hasEscapes(int node) const { return m_nodes[size_t(node)].flag != 0; }

    // Members (objects) or elements (arrays).
    int count(int node) const { return int(m_nodes[size_t(node)].count); }
    int firstChild(int node) const { return count(node) > 0 ? node + 1 : kNone; }
    // The node after node's whole subtree among its siblings; kNone after the last one.
    int next(int node, int parent) const
    {
        const int after = int(m_nodes[size_t(node)].next);
        return after < int(m_nodes[size_t(parent)].next) ? after : kNone;
    }

    // Object members: the value of key, the last one when a key repeats; kNone when absent.
    int find(int object, QLatin1String key) const;
    bool keyEquals(int keyNode, QLatin1String key) const;
    bool keysEqual(int keyA, int keyB) const;

private:
    struct Node
    {
        qsizetype begin = 0;
        qsizetype end = 0;
        quint32 next = 0;  // index just past this node's subtree
        quint32 count = 0; // children: members or elements
        quint8 type = 0;
        quint8 flag = 0; // Bool: the value; String: has escapes
    };

    bool fail(const char* what, qsizetype at);
    bool parseString(qsizetype& at, bool& escaped);
    bool parseNumber(qsizetype& at);
    bool parseLiteral(qsizetype& at, const char* word, qsizetype length);

    QByteArray m_body;
    std::vector<Node> m_nodes;
    QString m_error;
    qsizetype m_errorOffset = -1;
};

} // namespace keycard::json
