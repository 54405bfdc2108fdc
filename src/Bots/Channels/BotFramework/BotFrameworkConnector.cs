using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace Conversational.Bots.Channels.BotFramework;

/// <summary>
/// Sends activities to the Connector (channels.md §3.3): <c>POST {serviceUrl}v3/conversations/{id}/activities/{replyToId}</c>
/// (or <c>.../activities</c> when there is nothing to reply to), with the client-credentials token unless anonymous.
/// Only <see cref="TrustedServiceUrls"/> are called, and redirects are not followed. 2xx sent; 429 (its Retry-After),
/// 5xx, network failures and a missing token later; 401 later with a fresh token; 403 never (<see cref="Forbidden"/>); any
/// other 4xx never.
/// </summary>
public sealed class BotFrameworkConnector(
    IHttpClientFactory clients, BotFrameworkTokens tokens, TrustedServiceUrls trusted, IOptions<BotFrameworkOptions> options)
{
    public const string ClientName = "botframework-connector";

    /// <summary>
    /// A 403: the bot may not write to this conversation (Teams: the user uninstalled or blocked the app; "Uninstall
    /// behavior for personal app with bot" in MicrosoftDocs/msteams-docs, bots/how-to/conversations/subscribe-to-conversation-events.md).
    /// </summary>
    public static readonly Delivery Forbidden = Delivery.Never("Connector 403: the bot may not write to this conversation");

    public async Task<Delivery> SendAsync(ConversationReference reference, BotFrameworkReply activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (!trusted.IsTrusted(reference.ServiceUrl))
        {
            return Delivery.Never("the serviceUrl's host is not in BotFramework:TrustedServiceHosts");
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, Address(reference))
        {
            Content = JsonContent.Create(activity, BotFrameworkJson.Default.BotFrameworkReply),
        };
        if (!options.Value.Anonymous)
        {
            try
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetAsync(cancellationToken).ConfigureAwait(false));
            }
            catch (BotFrameworkTokenException e)
            {
                return Delivery.Later(null, "no Bot Framework token: " + e.Message);
            }
        }
        HttpResponseMessage response;
        try
        {
            response = await clients.CreateClient(ClientName).SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            return Delivery.Later(null, "the Connector did not answer: " + e.HttpRequestError);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Delivery.Later(null, "the Connector did not answer in time");
        }
        using (response)
        {
            var status = (int)response.StatusCode;
            return response.StatusCode switch
            {
                _ when response.IsSuccessStatusCode => Delivery.Sent,
                HttpStatusCode.TooManyRequests => Delivery.Later(RetryAfter(response), "Connector 429"),
                HttpStatusCode.Unauthorized => Refused(),
                HttpStatusCode.Forbidden => Forbidden,
                _ when status >= 500 => Delivery.Later(RetryAfter(response), $"Connector {status}"),
                _ => Delivery.Never($"Connector {status}"),
            };
        }
    }

    /// <summary>The serviceUrl (which ends with '/', or is given one) + v3/conversations/{id}/activities[/{replyToId}], ids escaped.</summary>
    internal static Uri Address(ConversationReference reference)
    {
        var root = reference.ServiceUrl.EndsWith('/') ? reference.ServiceUrl : reference.ServiceUrl + "/";
        var path = "v3/conversations/" + Uri.EscapeDataString(reference.ConversationId) + "/activities";
        if (reference.ActivityId is { Length: > 0 } replyTo)
        {
            path += "/" + Uri.EscapeDataString(replyTo);
        }
        return new Uri(new Uri(root), path);
    }

    private Delivery Refused()
    {
        tokens.Invalidate();
        return Delivery.Later(null, "Connector 401: the token was refused; a new one will be asked for");
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter is { Delta: { } delta } ? delta
        : response.Headers.RetryAfter is { Date: { } date } && date > DateTimeOffset.UtcNow ? date - DateTimeOffset.UtcNow
        : null;
}
