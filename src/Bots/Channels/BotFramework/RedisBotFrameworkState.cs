using System.Text.Json;
using StackExchange.Redis;

namespace Conversational.Bots.Channels.BotFramework;

/// <summary>
/// <see cref="IBotFrameworkState"/> in Redis: one JSON string per identity's reference and one key per handled activity,
/// each with its expiry, under the prefix <c>bf:</c>.
/// </summary>
public sealed class RedisBotFrameworkState(IConnectionMultiplexer redis) : IBotFrameworkState
{
    private IDatabase Db => redis.GetDatabase();

    public async Task RememberReferenceAsync(string identity, ConversationReference reference, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var json = JsonSerializer.Serialize(reference, BotFrameworkJson.Default.ConversationReference);
        await Db.StringSetAsync("bf:ref:" + identity, json, IBotFrameworkState.ReferenceLifetime).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<ConversationReference?> FindReferenceAsync(string identity, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var value = await Db.StringGetAsync("bf:ref:" + identity).WaitAsync(cancellationToken).ConfigureAwait(false);
        return value.IsNull ? null : JsonSerializer.Deserialize((string)value!, BotFrameworkJson.Default.ConversationReference);
    }

    public async Task<bool> IsHandledAsync(string activity, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return await Db.KeyExistsAsync("bf:activity:" + activity).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task MarkHandledAsync(string activity, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await Db.StringSetAsync("bf:activity:" + activity, "1", IBotFrameworkState.ActivityLifetime).WaitAsync(cancellationToken).ConfigureAwait(false);
    }
}
