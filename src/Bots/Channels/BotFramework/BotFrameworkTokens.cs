using Microsoft.Extensions.Options;

namespace Conversational.Bots.Channels.BotFramework;

/// <summary>
/// The outbound access token (client credentials, channels.md §3.3): asked of <see cref="BotFrameworkOptions.TokenEndpoint"/>
/// with the AppId and password for <see cref="BotFrameworkOptions.Scope"/>, kept until 5 minutes before it expires (half
/// its life when that is shorter), one request at a time. The token and the password are never logged.
/// </summary>
public sealed class BotFrameworkTokens(IHttpClientFactory clients, IOptions<BotFrameworkOptions> options, TimeProvider time) : IDisposable
{
    public const string ClientName = "botframework-token";
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private (string Token, DateTimeOffset Until)? _cached;

    /// <summary>A token valid for a while yet. Throws <see cref="BotFrameworkTokenException"/> when none could be had.</summary>
    public async Task<string> GetAsync(CancellationToken cancellationToken)
    {
        if (_cached is { } cached && cached.Until > time.GetUtcNow())
        {
            return cached.Token;
        }
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_cached is { } again && again.Until > time.GetUtcNow())
            {
                return again.Token;
            }
            var (token, lifetime) = await RequestAsync(cancellationToken).ConfigureAwait(false);
            var keep = lifetime > 2 * Margin ? lifetime - Margin : lifetime / 2;
            _cached = (token, time.GetUtcNow() + keep);
            return token;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Forgets the cached token (the Connector refused it).</summary>
    public void Invalidate() => _cached = null;

    private async Task<(string Token, TimeSpan Lifetime)> RequestAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.TokenEndpoint)
        {
            Content = new FormUrlEncodedContent(
            [
                new("grant_type", "client_credentials"),
                new("client_id", settings.AppId ?? ""),
                new("client_secret", settings.AppPassword ?? ""),
                new("scope", settings.Scope),
            ]),
        };
        HttpResponseMessage response;
        try
        {
            response = await clients.CreateClient(ClientName).SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new BotFrameworkTokenException("the token endpoint did not answer: " + e.HttpRequestError, e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new BotFrameworkTokenException("the token endpoint did not answer in time", e);
        }
        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw new BotFrameworkTokenException($"the token endpoint answered {(int)response.StatusCode}", null);
            }
            TokenResponse? body;
            try
            {
                body = await response.Content.ReadFromJsonAsync(BotFrameworkJson.Default.TokenResponse, cancellationToken).ConfigureAwait(false);
            }
            catch (System.Text.Json.JsonException e)
            {
                throw new BotFrameworkTokenException("the token endpoint answered something that is not a token", e);
            }
            if (body is not { AccessToken: { Length: > 0 } token, ExpiresIn: > 0 and var seconds })
            {
                throw new BotFrameworkTokenException("the token endpoint answered no access_token or expires_in", null);
            }
            return (token, TimeSpan.FromSeconds(seconds));
        }
    }

    public void Dispose() => _gate.Dispose();
}
