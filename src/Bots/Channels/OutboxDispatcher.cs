using System.Collections.Concurrent;
using Conversational.Bots.Conversations;
using Conversational.Bots.Conversations.Stores;

namespace Conversational.Bots.Channels;

/// <summary>
/// Delivers the outbox of the channels that push (Telegram, SMS, WhatsApp...): for each identity with queued messages,
/// the oldest is handed to its channel's <see cref="IChannelSender"/> and removed only once sent (or never deliverable),
/// so a crash between deciding and sending loses nothing; a message may then go twice, never zero times. One identity
/// is served by one instance at a time (its lock in the store), in order; a channel that asks to wait is waited for.
/// Adapters call <see cref="Nudge"/> after queuing, so replies leave at once rather than at the next poll.
/// </summary>
public sealed partial class OutboxDispatcher : BackgroundService
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan LongestBackoff = TimeSpan.FromMinutes(5);
    private const int Parallelism = 16;

    private readonly IConversationStore _store;
    private readonly Dictionary<string, IChannelSender> _senders;
    private readonly TimeProvider _time;
    private readonly ILogger<OutboxDispatcher> _logger;
    private readonly SemaphoreSlim _nudge = new(0, 1);
    private readonly ConcurrentDictionary<string, (DateTimeOffset NotBefore, int Failures)> _waiting = new(StringComparer.Ordinal);

    public OutboxDispatcher(IConversationStore store, IEnumerable<IChannelSender> senders, TimeProvider time, ILogger<OutboxDispatcher> logger)
    {
        ArgumentNullException.ThrowIfNull(senders);
        _store = store;
        _time = time;
        _logger = logger;
        _senders = senders.SelectMany(s => s.Channels.Select(c => (Channel: c, Sender: s))).ToDictionary(p => p.Channel, p => p.Sender, StringComparer.Ordinal);
    }

    /// <summary>The channels delivered here.</summary>
    public IReadOnlyCollection<string> Channels => _senders.Keys;

    /// <summary>Something was queued: deliver now rather than at the next poll.</summary>
    public void Nudge()
    {
        try
        {
            _nudge.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already nudged.
        }
    }

    /// <summary>Delivers what is queued for every identity of the pushing channels, as far as the channels let it.</summary>
    public async Task DeliverAsync(CancellationToken cancellationToken)
    {
        if (_senders.Count == 0)
        {
            return;
        }
        var recipients = await _store.ListOutboxRecipientsAsync(_senders.Keys, 500, cancellationToken).ConfigureAwait(false);
        await Parallel.ForEachAsync(recipients, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (recipient, ct) => await DeliverToAsync(recipient, ct).ConfigureAwait(false)).ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DeliverAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogDeliveryFailed(e);
            }
            await _nudge.WaitAsync(PollInterval, stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task DeliverToAsync(ChannelIdentity recipient, CancellationToken cancellationToken)
    {
        if (_waiting.TryGetValue(recipient.Key, out var wait) && wait.NotBefore > _time.GetUtcNow())
        {
            return;
        }
        IAsyncDisposable held;
        try
        {
            held = await _store.LockAsync("outbox:" + recipient.Key, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return;   // another instance is delivering to this identity
        }
        await using (held.ConfigureAwait(false))
        {
            var sender = _senders[recipient.Channel];
            while (await _store.PeekAsync(recipient, cancellationToken).ConfigureAwait(false) is { } reply)
            {
                var delivery = await sender.SendAsync(recipient, reply, cancellationToken).ConfigureAwait(false);
                if (delivery.Outcome == DeliveryOutcome.RetryLater)
                {
                    var failures = _waiting.TryGetValue(recipient.Key, out var before) ? before.Failures + 1 : 1;
                    var backoff = delivery.RetryAfter ?? TimeSpan.FromTicks(Math.Min(LongestBackoff.Ticks, FirstBackoff.Ticks << Math.Min(failures - 1, 16)));
                    _waiting[recipient.Key] = (_time.GetUtcNow() + backoff, failures);
                    LogRetryLater(recipient.Channel, backoff.TotalSeconds, delivery.Reason);
                    return;
                }
                if (delivery.Outcome == DeliveryOutcome.Undeliverable)
                {
                    LogUndeliverable(recipient.Channel, delivery.Reason);
                }
                _waiting.TryRemove(recipient.Key, out _);
                await _store.RemoveFirstAsync(recipient, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivering the outbox failed; will retry")]
    private partial void LogDeliveryFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "A {Channel} message waits {Seconds} s before its next try: {Reason}")]
    private partial void LogRetryLater(string channel, double seconds, string? reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A {Channel} message can never be delivered and was dropped: {Reason}")]
    private partial void LogUndeliverable(string channel, string? reason);
}
