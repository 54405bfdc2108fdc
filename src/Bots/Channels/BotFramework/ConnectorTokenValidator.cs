using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Conversational.Bots.Channels.BotFramework;

/// <summary>
/// Validates the Bot Connector's <c>Authorization: Bearer</c> JWT as channels.md §3.4 describes: the scheme exactly
/// "Bearer"; RS256/RS384/RS512 only; signed by a key of the OpenID metadata's JWKS, looked up by kid (the metadata and
/// keys cached by a <see cref="ConfigurationManager{T}"/> and fetched again every
/// <see cref="BotFrameworkOptions.MetadataRefreshInterval"/>, or sooner after an unknown kid); issuer
/// <see cref="BotFrameworkOptions.Issuer"/>; audience the AppId; lifetime with 5 minutes of clock skew. The key's
/// endorsements and the serviceurl claim are returned, to be checked against the activity. Without an AppId every
/// request is <see cref="ConnectorAuthentication.Anonymous"/>.
/// </summary>
public sealed class ConnectorTokenValidator : IDisposable
{
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];
    private const string Scheme = "Bearer ";
    private const int MaxTokenLength = 16 * 1024;

    private readonly BotFrameworkOptions _options;
    private readonly HttpClient _http;
    private readonly ConfigurationManager<OpenIdConnectConfiguration>? _metadata;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public ConnectorTokenValidator(IOptions<BotFrameworkOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(20) };
        if (!_options.Anonymous)
        {
            var retriever = new HttpDocumentRetriever(_http) { RequireHttps = !new Uri(_options.OpenIdMetadataUrl).IsLoopback };
            _metadata = new ConfigurationManager<OpenIdConnectConfiguration>(_options.OpenIdMetadataUrl, new OpenIdConnectConfigurationRetriever(), retriever)
            {
                AutomaticRefreshInterval = _options.MetadataRefreshInterval,
                RefreshInterval = TimeSpan.FromMinutes(5),
            };
        }
    }

    public async Task<ConnectorAuthentication> ValidateAsync(string? authorization, CancellationToken cancellationToken)
    {
        if (_metadata is null)
        {
            return new ConnectorAuthentication.Anonymous();
        }
        if (string.IsNullOrEmpty(authorization))
        {
            return new ConnectorAuthentication.Refused("no Authorization header");
        }
        if (!authorization.StartsWith(Scheme, StringComparison.Ordinal) || authorization.Length > MaxTokenLength)
        {
            return new ConnectorAuthentication.Refused("not a Bearer token");
        }
        var token = authorization[Scheme.Length..].Trim();
        JsonWebToken jwt;
        try
        {
            jwt = _handler.ReadJsonWebToken(token);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or JsonException or InvalidOperationException)
        {
            return new ConnectorAuthentication.Refused("not a JWT");
        }
        if (!Algorithms.Contains(jwt.Alg, StringComparer.Ordinal))
        {
            return new ConnectorAuthentication.Refused("algorithm not allowed");
        }
        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await _metadata.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or HttpRequestException)
        {
            return new ConnectorAuthentication.Unavailable("the OpenID metadata could not be read: " + e.GetType().Name);
        }
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, jwt.Kid, StringComparison.Ordinal) && k.Kid is { Length: > 0 });
        if (key is null)
        {
            _metadata.RequestRefresh();   // keys may have rolled over: the next request finds the new ones
            return new ConnectorAuthentication.Refused("unknown signing key id");
        }
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = _options.Issuer,
            ValidAudience = _options.AppId,
            ValidAlgorithms = Algorithms,
            IssuerSigningKey = key,
            TryAllIssuerSigningKeys = false,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = ClockSkew,
        };
        var result = await _handler.ValidateTokenAsync(token, parameters).ConfigureAwait(false);
        if (!result.IsValid)
        {
            return new ConnectorAuthentication.Refused("invalid token: " + (result.Exception?.GetType().Name ?? "unknown"));
        }
        var serviceUrl = result.ClaimsIdentity.FindFirst("serviceurl")?.Value;
        return new ConnectorAuthentication.Verified(serviceUrl, Endorsements(key));
    }

    /// <summary>The channel ids a key is endorsed for (the JWKS's non-standard "endorsements" array); none when absent.</summary>
    internal static IReadOnlyList<string> Endorsements(JsonWebKey key)
    {
        if (!key.AdditionalData.TryGetValue("endorsements", out var value))
        {
            return [];
        }
        return value switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array =>
                [.. array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)],
            IEnumerable<object> items => [.. items.Select(i => i is JsonElement { ValueKind: JsonValueKind.String } e ? e.GetString()! : i?.ToString() ?? "")],
            _ => [],
        };
    }

    public void Dispose() => _http.Dispose();
}
