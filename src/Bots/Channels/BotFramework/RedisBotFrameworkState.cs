using System.Globalization;
using System.Text.Json;
using StackExchange.Redis;

namespace Conversational.Bots.Channels.BotFramework;

/// <summary>
/// <see cref="IBotFrameworkState"/> in Redis: one JSON string per identity's reference, with its expiry, under the prefix
/// <c>bf:ref:</c>.
/// </summary>
public sealed class RedisBotFrameworkState(IConnectionMultiplexer redis) : IBotFrameworkState
{
    /// <summary>KEYS[1] bf:ref:&lt;identity&gt;; ARGV[1] the reference's JSON, [2] its lifetime in ms. Answers the JSON it replaced.</summary>
    private const string SwapScript = """
        local previous = redis.call('GET', KEYS[1])
        redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
        return previous
        """;

    private static readonly string LifetimeMs =
        ((long)IBotFrameworkState.ReferenceLifetime.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);

    private IDatabase Db => redis.GetDatabase();

    public async Task<ConversationReference?> RememberReferenceAsync(
        string identity, ConversationReference reference, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var json = JsonSerializer.Serialize(reference, BotFrameworkJson.Default.ConversationReference);
        var previous = await Db.ScriptEvaluateAsync(SwapScript, [Key(identity)], [json, LifetimeMs]).WaitAsync(cancellationToken).ConfigureAwait(false);
        return previous.IsNull ? null : JsonSerializer.Deserialize((string)previous!, BotFrameworkJson.Default.ConversationReference);
    }

    public async Task<ConversationReference?> FindReferenceAsync(string identity, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var value = await Db.StringGetAsync(Key(identity)).WaitAsync(cancellationToken).ConfigureAwait(false);
        return value.IsNull ? null : JsonSerializer.Deserialize((string)value!, BotFrameworkJson.Default.ConversationReference);
    }

    private static RedisKey Key(string identity) => "bf:ref:" + identity;
}
