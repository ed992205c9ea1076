// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "dynamicvalues.h"

#include <QUuid>

#include <iterator>

namespace ewb {

namespace {
const char *const firstNames[] = {"Ada", "Grace", "Alan", "Linus", "Margaret", "Dennis", "Barbara", "Ken",
    "Radia", "Tim", "Frances", "Edsger", "Hedy", "Claude"};
const char *const lastNames[] = {"Lovelace", "Hopper", "Turing", "Torvalds", "Hamilton", "Ritchie", "Liskov",
    "Thompson", "Perlman", "Berners-Lee", "Allen", "Dijkstra", "Lamarr", "Shannon"};
const char *const cities[] = {
    "Lisbon", "Osaka", "Nairobi", "Denver", "Tallinn", "Montevideo", "Perth", "Oslo"};
const char *const countries[] = {
    "Portugal", "Japan", "Kenya", "United States", "Estonia", "Uruguay", "Australia", "Norway"};
const char *const companies[] = {"Acme", "Globex", "Initech", "Umbrella Logistics", "Stark Tooling", "Hooli",
    "Vandelay Industries", "Wonka Foods"};
const char *const domains[] = {"example.com", "example.org", "example.net"};
const char *const words[] = {"alpha", "bravo", "delta", "echo", "kilo", "lima", "oscar", "tango", "zulu"};

template<std::size_t N>
constexpr int countOf(const char *const (&)[N])
{
    return int(N);
}
} // namespace

DynamicValues::DynamicValues()
    : m_random(QRandomGenerator::global()->generate()),
      m_clock([] { return QDateTime::currentDateTimeUtc(); })
{ }

DynamicValues::DynamicValues(quint32 seed, Clock clock) : m_random(seed), m_clock(std::move(clock)) { }

QString DynamicValues::pick(const char *const *list, int count)
{
    return QString::fromLatin1(list[m_random.bounded(count)]);
}

QString DynamicValues::uuid()
{
    // Built from m_random rather than QUuid::createUuid() so that tests with a seed are repeatable.
    QByteArray bytes(16, Qt::Uninitialized);
    for (char &b : bytes)
        b = char(m_random.bounded(256));
    bytes[6] = char((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

QStringList DynamicValues::names()
{
    return {QStringLiteral("$guid"), QStringLiteral("$randomUUID"), QStringLiteral("$timestamp"),
        QStringLiteral("$isoTimestamp"), QStringLiteral("$randomInt"), QStringLiteral("$randomEmail"),
        QStringLiteral("$randomFirstName"), QStringLiteral("$randomLastName"),
        QStringLiteral("$randomFullName"), QStringLiteral("$randomUserName"),
        QStringLiteral("$randomPhoneNumber"), QStringLiteral("$randomCity"), QStringLiteral("$randomCountry"),
        QStringLiteral("$randomCompanyName"), QStringLiteral("$randomIP"), QStringLiteral("$randomBoolean"),
        QStringLiteral("$randomAlphaNumeric"), QStringLiteral("$randomUrl"), QStringLiteral("$randomWord")};
}

std::optional<QString> DynamicValues::value(QStringView name)
{
    if (name == u"$guid" || name == u"$randomUUID")
        return uuid();
    if (name == u"$timestamp")
        return QString::number(m_clock().toSecsSinceEpoch());
    if (name == u"$isoTimestamp")
        return m_clock().toUTC().toString(Qt::ISODateWithMs);
    if (name == u"$randomInt")
        return QString::number(m_random.bounded(1001));
    if (name == u"$randomFirstName")
        return pick(firstNames, countOf(firstNames));
    if (name == u"$randomLastName")
        return pick(lastNames, countOf(lastNames));
    if (name == u"$randomFullName")
        return pick(firstNames, countOf(firstNames)) + QLatin1Char(' ') + pick(lastNames, countOf(lastNames));
    if (name == u"$randomUserName" || name == u"$randomEmail") {
        const QString user = pick(firstNames, countOf(firstNames)).toLower() + QLatin1Char('.') +
            pick(lastNames, countOf(lastNames)).toLower() + QString::number(m_random.bounded(100));
        if (name == u"$randomUserName")
            return user;
        return user + QLatin1Char('@') + pick(domains, countOf(domains));
    }
    if (name == u"$randomPhoneNumber")
        return QStringLiteral("%1-%2-%3")
            .arg(m_random.bounded(200, 1000))
            .arg(m_random.bounded(100, 1000))
            .arg(m_random.bounded(1000, 10000));
    if (name == u"$randomCity")
        return pick(cities, countOf(cities));
    if (name == u"$randomCountry")
        return pick(countries, countOf(countries));
    if (name == u"$randomCompanyName")
        return pick(companies, countOf(companies));
    if (name == u"$randomIP")
        return QStringLiteral("%1.%2.%3.%4")
            .arg(m_random.bounded(1, 255))
            .arg(m_random.bounded(256))
            .arg(m_random.bounded(256))
            .arg(m_random.bounded(1, 255));
    if (name == u"$randomBoolean")
        return m_random.bounded(2) ? QStringLiteral("true") : QStringLiteral("false");
    if (name == u"$randomAlphaNumeric") {
        static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
        return QString(QLatin1Char(alphabet[m_random.bounded(36)]));
    }
    if (name == u"$randomUrl")
        return QStringLiteral("https://") + pick(words, countOf(words)) + QLatin1Char('.') +
            pick(domains, countOf(domains));
    if (name == u"$randomWord")
        return pick(words, countOf(words));
    return std::nullopt;
}

} // namespace ewb
