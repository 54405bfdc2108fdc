using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Conversational.Bots.Tests.Channels.BotFramework;

/// <summary>
/// The Bot Connector's side of inbound authentication, on a loopback port: an OpenID metadata document and its JWKS
/// (self-generated RSA keys, each with the Bot Framework's "endorsements" array), and tokens signed with them the way
/// the Connector signs its requests (iss https://api.botframework.com, aud the AppId, a serviceurl claim).
/// </summary>
public sealed class ConnectorKeys : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.com";
    public const string AppId = "11111111-2222-3333-4444-555555555555";
    /// <summary>Endorsed for the channels the tests use.</summary>
    public const string MainKid = "main-key";
    /// <summary>Endorsed for webchat only.</summary>
    public const string WebChatKid = "webchat-only-key";
    /// <summary>Signs tokens but is not in the JWKS.</summary>
    public const string StrangerKid = "stranger-key";

    private readonly WebApplication _app;
    private readonly Dictionary<string, RSA> _keys = new(StringComparer.Ordinal)
    {
        [MainKid] = RSA.Create(2048),
        [WebChatKid] = RSA.Create(2048),
        [StrangerKid] = RSA.Create(2048),
    };

    private ConnectorKeys(WebApplication app) => _app = app;

    public string Url => _app.Urls.First();

    public string MetadataUrl => Url + "/v1/.well-known/openidconfiguration";

    /// <summary>How many times the metadata was asked for.</summary>
    public int MetadataReads => Volatile.Read(ref _metadataReads);

    private int _metadataReads;

    public static async Task<ConnectorKeys> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var keys = new ConnectorKeys(app);
        app.MapGet("/v1/.well-known/openidconfiguration", () =>
        {
            Interlocked.Increment(ref keys._metadataReads);
            return Results.Text(new JsonObject
            {
                ["issuer"] = Issuer,
                ["authorization_endpoint"] = "https://invalid.botframework.com",
                ["jwks_uri"] = keys.Url + "/v1/.well-known/keys",
                ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
                ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
            }.ToJsonString(), "application/json");
        });
        app.MapGet("/v1/.well-known/keys", () => Results.Text(new JsonObject
        {
            ["keys"] = new JsonArray(
                keys.Jwk(MainKid, ["msteams", "webchat", "directline", "emulator"]),
                keys.Jwk(WebChatKid, ["webchat"])),
        }.ToJsonString(), "application/json"));
        await app.StartAsync(TestContext.Current.CancellationToken);
        return keys;
    }

    /// <summary>A token as the Connector signs it, with parts changed for the refusal cases.</summary>
    public string Token(
        string serviceUrl, string kid = MainKid, string issuer = Issuer, string audience = AppId, TimeSpan? expiresIn = null, TimeSpan? notBeforeIn = null,
        bool withServiceUrl = true)
    {
        var now = DateTime.UtcNow;
        var expires = now + (expiresIn ?? TimeSpan.FromMinutes(30));
        var notBefore = now + (notBeforeIn ?? TimeSpan.FromMinutes(-1));
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = notBefore < expires ? notBefore : expires.AddMinutes(-1),
            NotBefore = notBefore < expires ? notBefore : expires.AddMinutes(-1),
            Expires = expires,
            Subject = new ClaimsIdentity(withServiceUrl ? [new Claim("serviceurl", serviceUrl)] : []),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(_keys[kid]) { KeyId = kid }, SecurityAlgorithms.RsaSha256),
        };
        if (notBeforeIn is { } future && future > TimeSpan.Zero)
        {
            descriptor.IssuedAt = now;
            descriptor.NotBefore = now + future;
        }
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <summary>A token signed with HMAC (HS256) under the main key's kid: the algorithm must be refused.</summary>
    public static string HmacToken(string serviceUrl)
    {
        var secret = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)) { KeyId = MainKid };
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = AppId,
            Expires = DateTime.UtcNow.AddMinutes(30),
            Subject = new ClaimsIdentity([new Claim("serviceurl", serviceUrl)]),
            SigningCredentials = new SigningCredentials(secret, SecurityAlgorithms.HmacSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        foreach (var key in _keys.Values)
        {
            key.Dispose();
        }
    }

    private JsonObject Jwk(string kid, string[] endorsements)
    {
        var parameters = _keys[kid].ExportParameters(false);
        return new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = kid,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["endorsements"] = new JsonArray([.. endorsements.Select(e => (JsonNode)e)]),
        };
    }
}
