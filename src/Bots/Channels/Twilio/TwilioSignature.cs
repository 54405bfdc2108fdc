using System.Security.Cryptography;
using System.Text;

namespace Conversational.Bots.Channels.Twilio;

/// <summary>
/// Twilio's <c>X-Twilio-Signature</c> (channels.md §2.2): base64 HMAC-SHA1, keyed with the auth token, of the URL as
/// Twilio requested it followed by each form parameter's name and value, sorted ordinally by name. The default port is
/// interchangeable (with and without :443 / :80) as in Twilio's own validators; JSON bodies are covered through the
/// <c>bodySHA256</c> query parameter instead of parameters.
/// </summary>
public static class TwilioSignature
{
    /// <summary>The signature of a request to <paramref name="url"/> with these (decoded) form parameters.</summary>
    public static string Compute(string authToken, string url, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        ArgumentNullException.ThrowIfNull(authToken);
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(parameters);
        var data = new StringBuilder(url);
        // A repeated key: each distinct value once, in order (as twilio-node does; twilio-csharp differs, §2.2).
        foreach (var (name, value) in parameters.Distinct().OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal))
        {
            data.Append(name).Append(value);
        }
#pragma warning disable CA5350 // Twilio's protocol is HMAC-SHA1: it is what Twilio signs with, not a choice made here.
        var mac = HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data.ToString()));
#pragma warning restore CA5350
        return Convert.ToBase64String(mac);
    }

    /// <summary>True when <paramref name="signature"/> signs this form request (URL with or without its default port).</summary>
    public static bool IsValid(string authToken, string url, IEnumerable<KeyValuePair<string, string>> parameters, string? signature)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(authToken))
        {
            return false;
        }
        var list = parameters.ToList();
        var given = Encoding.UTF8.GetBytes(signature);
        var ok = CryptographicOperations.FixedTimeEquals(given, Encoding.UTF8.GetBytes(Compute(authToken, url, list)));
        if (WithDefaultPortToggled(url) is { } other)
        {
            ok |= CryptographicOperations.FixedTimeEquals(given, Encoding.UTF8.GetBytes(Compute(authToken, other, list)));
        }
        return ok;
    }

    /// <summary>True when <paramref name="signature"/> signs this JSON request: the URL (its bodySHA256 included) with no
    /// parameters, and bodySHA256 is the lowercase hex SHA-256 of the raw body.</summary>
    public static bool IsValidJson(string authToken, string url, ReadOnlySpan<byte> body, string? signature)
    {
        ArgumentNullException.ThrowIfNull(url);
        var query = url.IndexOf('?', StringComparison.Ordinal) is var q and >= 0 ? url[(q + 1)..] : "";
        var declared = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query).TryGetValue("bodySHA256", out var v) ? v.ToString() : "";
        var actual = Convert.ToHexStringLower(SHA256.HashData(body));
        var bodyOk = CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(declared), Encoding.ASCII.GetBytes(actual));
        return IsValid(authToken, url, [], signature) && bodyOk;
    }

    /// <summary>The URL with its default port removed (https :443, http :80) or added; null when it has another port.</summary>
    public static string? WithDefaultPortToggled(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd < 0)
        {
            return null;
        }
        var scheme = url[..schemeEnd].ToUpperInvariant();
        var defaultPort = scheme switch
        {
            "HTTPS" => "443",
            "HTTP" => "80",
            _ => null,
        };
        if (defaultPort is null)
        {
            return null;
        }
        var hostStart = schemeEnd + 3;
        var hostEnd = url.IndexOfAny(['/', '?', '#'], hostStart);
        if (hostEnd < 0)
        {
            hostEnd = url.Length;
        }
        var authority = url[hostStart..hostEnd];
        var colon = authority.LastIndexOf(':');
        if (colon > authority.LastIndexOf(']'))
        {
            return authority[(colon + 1)..] == defaultPort
                ? string.Concat(url.AsSpan(0, hostStart + colon), url.AsSpan(hostEnd))
                : null;
        }
        return string.Concat(url.AsSpan(0, hostEnd), ":", defaultPort, url.AsSpan(hostEnd));
    }
}
