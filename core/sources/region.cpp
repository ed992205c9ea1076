// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "region.h"

#include <QCoreApplication>

namespace ewb {

namespace {
// The translation context of this file's messages.
class RegionText
{
    Q_DECLARE_TR_FUNCTIONS(ewb::Region)
};
} // namespace

QString regionName(Region region)
{
    switch (region) {
    case Region::US: return QStringLiteral("us");
    case Region::EU: return QStringLiteral("eu");
    case Region::Custom: return QStringLiteral("custom");
    }
    return {};
}

QString regionTitle(Region region)
{
    switch (region) {
    case Region::US: return QStringLiteral("US");
    case Region::EU: return QStringLiteral("EU");
    case Region::Custom: return RegionText::tr("Custom URL");
    }
    return {};
}

std::optional<Region> regionFromName(QStringView name)
{
    for (Region r : {Region::US, Region::EU, Region::Custom}) {
        if (name.compare(regionName(r), Qt::CaseInsensitive) == 0)
            return r;
    }
    return std::nullopt;
}

QUrl regionBaseUrl(Region region)
{
    switch (region) {
    case Region::US: return QUrl(QStringLiteral("https://cdp.customer.io/v1"));
    case Region::EU: return QUrl(QStringLiteral("https://cdp-eu.customer.io/v1"));
    case Region::Custom: return {};
    }
    return {};
}

Result<Endpoint> parseEndpoint(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error {QStringLiteral("region.empty"),
            RegionText::tr(
                "the region is empty: use us, eu, or a base URL such as https://cdp.customer.io/v1")};
    if (auto region = regionFromName(trimmed); region && *region != Region::Custom)
        return Endpoint {*region, regionBaseUrl(*region)};
    auto url = validateCustomBaseUrl(trimmed);
    if (!url) {
        if (!trimmed.contains(u':') && !trimmed.contains(u'/'))
            return Error {QStringLiteral("region.unknown"),
                RegionText::tr("\"%1\" is not a region: use us, eu, or a base URL such as "
                               "https://cdp.customer.io/v1")
                    .arg(trimmed)};
        return url.error();
    }
    for (Region r : {Region::US, Region::EU}) {
        if (url.value() == regionBaseUrl(r))
            return Endpoint {r, url.value()};
    }
    return Endpoint {Region::Custom, url.value()};
}

Result<QUrl> validateCustomBaseUrl(QStringView text)
{
    const QString input = text.trimmed().toString();
    auto fail = [&input](const QString &why) {
        return Error {QStringLiteral("region.bad-url"),
            RegionText::tr("\"%1\" cannot be used as a base URL: %2").arg(input, why)};
    };
    if (input.isEmpty())
        return Error {QStringLiteral("region.bad-url"),
            RegionText::tr("the base URL is empty: type one such as https://cdp.customer.io/v1")};
    QUrl url(input, QUrl::StrictMode);
    if (!url.isValid())
        return fail(RegionText::tr("it is not a valid URL (%1)").arg(url.errorString()));
    const QString scheme = url.scheme().toLower();
    if (scheme.isEmpty() || url.isRelative())
        return fail(RegionText::tr("it needs to start with https:// (or http:// for a local server)"));
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return fail(RegionText::tr("only http:// and https:// URLs are supported, not %1://").arg(scheme));
    if (url.host().isEmpty())
        return fail(RegionText::tr("it has no host name"));
    if (!url.userInfo().isEmpty())
        return fail(RegionText::tr("it contains a user name or password; remove it and store the API key "
                                   "with the source instead"));
    if (url.hasQuery() || url.hasFragment())
        return fail(RegionText::tr("remove the part after '?' or '#'; a base URL is a host and a path"));
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    url.setScheme(scheme);
    return url;
}

} // namespace ewb
