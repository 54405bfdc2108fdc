using Microsoft.Extensions.Options;

namespace Conversational.Bots.Channels.BotFramework;

/// <summary>
/// Which serviceUrls the service may call: https (http only to a loopback address) on a host of
/// <see cref="BotFrameworkOptions.TrustedHosts"/>, "*.botframework.com" matching any subdomain. In anonymous mode (no
/// AppId: the Emulator, Development only) loopback hosts are trusted too, since no token is ever sent. So an activity,
/// even an authentic one, can never make the service send its token to a host the operator did not name.
/// </summary>
public sealed class TrustedServiceUrls(IOptions<BotFrameworkOptions> options)
{
    public bool IsTrusted(string? serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || uri.UserInfo.Length > 0)
        {
            return false;
        }
        if (!(uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)))
        {
            return false;
        }
        var settings = options.Value;
        if (settings.Anonymous && uri.IsLoopback)
        {
            return true;
        }
        var host = uri.IdnHost;
        return settings.TrustedHosts.Any(pattern => Matches(host, pattern));
    }

    internal static bool Matches(string host, string pattern) =>
        pattern.StartsWith("*.", StringComparison.Ordinal)
            ? host.Length > pattern.Length - 1 && host.EndsWith(pattern[1..], StringComparison.OrdinalIgnoreCase)
            : string.Equals(host, pattern, StringComparison.OrdinalIgnoreCase);
}
