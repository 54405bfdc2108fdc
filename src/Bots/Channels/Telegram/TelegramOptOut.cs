using Conversational.Bots.Conversations;
using Conversational.Bots.Conversations.Stores;
using Conversational.Bots.Directory;

namespace Conversational.Bots.Channels.Telegram;

/// <summary>
/// A person blocked the bot (a my_chat_member update with "kicked", or a 403 on sending): they are recorded as opted
/// out, so nothing more is sent to them on the service's own initiative. Their next /start lifts it (the engine's
/// StartCommand).
/// </summary>
public sealed class TelegramOptOut(IConversationStore store, IPartyDirectory directory, TimeProvider time)
{
    private const int Attempts = 3;

    public async Task RecordAsync(ChannelIdentity identity, CancellationToken cancellationToken)
    {
        if (await directory.FindByIdentityAsync(identity, cancellationToken).ConfigureAwait(false) is not { } party)
        {
            return;   // never talked to the service: nothing to record
        }
        var person = party.Account.Value;
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var held = await store.LockAsync(person, cancellationToken).ConfigureAwait(false);
            await using (held.ConfigureAwait(false))
            {
                var loaded = await store.LoadAsync(person, cancellationToken).ConfigureAwait(false);
                if (loaded.Version == 0 || loaded.Data.OptedOut)
                {
                    return;   // no conversation yet (its first turn opens the account), or already out
                }
                loaded.Data.OptedOut = true;
                var key = $"telegram-optout:{identity.Key}:{time.GetUtcNow().UtcTicks}";
                if (await store.SaveAsync(person, loaded.Data, loaded.Version, key, [], cancellationToken).ConfigureAwait(false))
                {
                    return;
                }
            }
        }
    }
}
