using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Conversational.Bots.Commerce.Purchases;
using Conversational.Bots.Conversations.Texts;
using Conversational.Bots.Directory;
using Conversational.Commands;
using Conversational.Wallet;

namespace Conversational.Bots.Conversations;

/// <summary>
/// One person on several channels. "#link +33612345678" sends a 6-digit code to the identity named (the new one) and
/// the code is typed back here, on the identity that asked, within <see cref="ConversationSettings.LinkCodeMinutes"/>:
/// whoever types it controls both. Too many wrong codes lock linking for a while. When the other side already has a
/// person of its own, the two are joined only if one of them is empty (no money, no movement): the empty side joins
/// the used one; two used wallets are never merged. "#unlink" removes an identity; "#handle name" sets the @handle.
/// </summary>
internal sealed partial class ConversationTurn
{
    private const int SaltBytes = 16;

    private bool _joinedAway;

    private LinkTexts Links => LinkTexts.For(_texts.Language);

    /// <summary>Linking, unlinking, the handle, a link code typed bare, or "cancel" of a waiting link; false for anything else.</summary>
    private async Task<bool> HandleLinkingAsync(InboundMessage message, ParseResult? input, CancellationToken cancellationToken)
    {
        if (_data.Link is { } old && (old.LockedUntil ?? old.ExpiresAt) < _now.AddDays(-1))
        {
            _data.Link = null;   // long over: a six-digit message is no code any more
        }
        if (_data.Link is not null && message.Text is { } text && BareCode(text) is { } bare && input is not Command { Kind: CommandKind.Link })
        {
            input = new LinkIdentityCommand(_texts.Language, Code: bare);
        }
        switch (input)
        {
            case LinkIdentityCommand { Code: { } code }:
                await CheckLinkCodeAsync(code, cancellationToken).ConfigureAwait(false);
                break;
            case LinkIdentityCommand { Target: { } target }:
                await AskLinkAsync(target, cancellationToken).ConfigureAwait(false);
                break;
            case LinkIdentityCommand:
                await ShowLinksAsync(cancellationToken).ConfigureAwait(false);
                break;
            case UnlinkIdentityCommand unlink:
                await UnlinkAsync(unlink.Target, cancellationToken).ConfigureAwait(false);
                break;
            case SetHandleCommand handle:
                await SetHandleAsync(handle.Handle, cancellationToken).ConfigureAwait(false);
                break;
            case SetLanguageCommand language:
                SetLanguage(language);
                break;
            case CancelCommand when _machine.State == ConversationState.Idle && _data.AdvisorCaseId is null
                && _data.Link is { LockedUntil: null } link && link.ExpiresAt > _now:
                _data.Link = null;
                Say(Links.LinkCancelled);
                return true;
            default:
                return false;
        }
        await AnsweredAsync().ConfigureAwait(false);
        if (!_joinedAway)
        {
            await OfferClaimsAsync(cancellationToken, force: true).ConfigureAwait(false);
        }
        return true;
    }

    private async Task ShowLinksAsync(CancellationToken cancellationToken)
    {
        var identities = await _services.Directory.IdentitiesOfAsync(_person.Account, cancellationToken).ConfigureAwait(false);
        Say(Links.Links([.. identities.Select(Links.Describe)], Links.UnlinkCommands(identities)));
    }

    private async Task AskLinkAsync(LinkTarget target, CancellationToken cancellationToken)
    {
        var shown = Links.Target(target);
        if (_data.Link is { LockedUntil: { } locked } && locked > _now)
        {
            Say(Links.Locked(MinutesUntil(locked)));
            return;
        }
        if (target.Value is null)
        {
            Say(target.Kind is LinkTargetKind.Telegram or LinkTargetKind.WebChat ? Links.NeedsName(target.Kind) : Links.UnknownTarget(shown));
            return;
        }
        var (owner, sendTo) = await ResolveLinkTargetAsync(target, cancellationToken).ConfigureAwait(false);
        if (owner is { Kind: not AccountKind.Person })
        {
            Say(Links.NotAPerson(shown));
            return;
        }
        if (sendTo.Count == 0)
        {
            Say(Links.UnknownTarget(shown));
            return;
        }
        sendTo = [.. sendTo.Where(identity => _services.IsOn(identity.Channel))];
        if (sendTo.Count == 0)
        {
            Say(Links.ChannelOff(shown));
            return;
        }
        if (owner?.Account == _person.Account)
        {
            Say(Links.AlreadyLinked(shown));
            return;
        }
        var theirs = owner is null ? null : (await _services.Store.LoadAsync(owner.Account.Value, cancellationToken).ConfigureAwait(false)).Data;
        if (theirs is not null && sendTo.All(theirs.IsStopped))
        {
            Say(Links.TargetOptedOut(shown));
            return;
        }
        sendTo = theirs is null ? sendTo : [.. sendTo.Where(identity => !theirs.IsStopped(identity))];
        if (!await _services.Directory.TryCountLinkCodeAsync(
            target.ToString(), Settings.LinkCodesPerHour, TimeSpan.FromHours(1), _now, cancellationToken).ConfigureAwait(false))
        {
            Say(Links.TooManyCodes(shown));
            return;
        }
        var code = RandomNumberGenerator.GetInt32(1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        // Wrong codes count for the whole expiry, whatever was asked since: asking again never resets them.
        var failures = _data.Link is { } before && before.ExpiresAt > _now ? before.Failures : 0;
        _data.Link = new LinkAttempt(
            target.Kind, target.Value, [.. sendTo.Select(i => i.Key)], owner?.Account.Value, _message!.Sender.Key,
            Convert.ToBase64String(salt), Convert.ToBase64String(HashLinkCode(code, salt)),
            _now.AddMinutes(Settings.LinkCodeMinutes), failures);
        // Queued at once rather than after the save: a turn that fails to save leaves a code that matches nothing.
        var language = theirs?.Language ?? (target.Kind == LinkTargetKind.Phone ? PhoneLanguages.Of(target.Value) : null);
        var texts = language is null ? Links : LinkTexts.For(LanguageTags.Parse(language));
        var message = OutboundReply.Plain(texts.CodeMessage(code, _person.Label, Settings.LinkCodeMinutes));
        foreach (var identity in sendTo)
        {
            await _services.Store.EnqueueAsync(identity, message, cancellationToken).ConfigureAwait(false);
        }
        Say(Links.CodeSent(shown, Settings.LinkCodeMinutes));
    }

    /// <summary>
    /// The person the target names now (or nobody) and the identities its code goes to: a phone number's SMS and
    /// WhatsApp identities (SMS when it has none yet); a handle's every identity; a Telegram username's Telegram ones;
    /// a web chat name's web identity.
    /// </summary>
    private async Task<(Party? Owner, IReadOnlyList<ChannelIdentity> SendTo)> ResolveLinkTargetAsync(
        LinkTarget target, CancellationToken cancellationToken)
    {
        var directory = _services.Directory;
        var value = target.Value!;
        switch (target.Kind)
        {
            case LinkTargetKind.Phone:
                if (await directory.FindByPhoneAsync(value, cancellationToken).ConfigureAwait(false) is { } holder)
                {
                    var phones = (await directory.IdentitiesOfAsync(holder.Account, cancellationToken).ConfigureAwait(false))
                        .Where(i => i.PhoneNumber == value).ToList();
                    if (phones.Count > 0 || holder.Kind != AccountKind.Person)
                    {
                        return (holder, phones);
                    }
                }
                var sms = new ChannelIdentity(ChannelIdentity.SmsChannel, value);
                return (await directory.FindByIdentityAsync(sms, cancellationToken).ConfigureAwait(false), [sms]);
            case LinkTargetKind.WebChat:
                var web = new ChannelIdentity(ChannelIdentity.WebChannel, value);
                return (await directory.FindByIdentityAsync(web, cancellationToken).ConfigureAwait(false), [web]);
            default:
                if (await directory.FindByHandleAsync(value, cancellationToken).ConfigureAwait(false) is not { } named)
                {
                    return (null, []);
                }
                var identities = await directory.IdentitiesOfAsync(named.Account, cancellationToken).ConfigureAwait(false);
                return (named, target.Kind == LinkTargetKind.Telegram ? [.. identities.Where(i => i.Channel == "telegram")] : identities);
        }
    }

    private async Task CheckLinkCodeAsync(string code, CancellationToken cancellationToken)
    {
        if (_data.Link is not { } attempt)
        {
            Say(Links.NoLinkWaiting);
            return;
        }
        if (attempt.LockedUntil is { } locked)
        {
            if (locked > _now)
            {
                Say(Links.Locked(MinutesUntil(locked)));
                return;
            }
            _data.Link = null;
            Say(Links.NoLinkWaiting);
            return;
        }
        if (attempt.AskedBy != _message!.Sender.Key)
        {
            Say(Links.NoLinkWaiting);
            return;
        }
        if (attempt.ExpiresAt <= _now)
        {
            _data.Link = null;
            Say(Links.CodeExpired(Settings.LinkCodeMinutes));
            return;
        }
        if (!LinkCodeMatches(code, attempt))
        {
            var failures = attempt.Failures + 1;
            if (failures >= Settings.LinkMaxFailures)
            {
                _data.Link = attempt with { Failures = failures, LockedUntil = _now.AddMinutes(Settings.LinkLockMinutes) };
                Say(Links.Locked(Settings.LinkLockMinutes));
                return;
            }
            _data.Link = attempt with { Failures = failures };
            Say(Links.WrongCode(Settings.LinkMaxFailures - failures));
            return;
        }
        _data.Link = null;
        await CompleteLinkAsync(attempt, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The code was right: the identities it went to join this person, or this person joins theirs. Who owns them is
    /// read again now (someone may have written from there meanwhile), and the directory checks it did not change.
    /// </summary>
    private async Task CompleteLinkAsync(LinkAttempt attempt, CancellationToken cancellationToken)
    {
        var directory = _services.Directory;
        var shown = Links.Target(attempt.Target);
        var identities = attempt.SentTo.Select(ChannelIdentity.FromKey).ToList();
        var owners = new HashSet<AccountId?>();
        foreach (var identity in identities)
        {
            owners.Add((await directory.FindByIdentityAsync(identity, cancellationToken).ConfigureAwait(false))?.Account);
        }
        if (owners.Count != 1)
        {
            Say(Links.Changed);
            return;
        }
        var owner = owners.Single();
        if (owner == _person.Account)
        {
            Say(Links.AlreadyLinked(shown));
            return;
        }
        JoinOutcome outcome;
        if (owner is not { } other || await IsUnusedAsync(other, cancellationToken).ConfigureAwait(false))
        {
            // The chats' own language, read before they join: their owner may not be who asked.
            var theirTexts = await TextsOfAsync(owner, cancellationToken).ConfigureAwait(false);
            outcome = await directory.JoinAsync(_person.Account, owner, identities, cancellationToken).ConfigureAwait(false);
            if (outcome == JoinOutcome.Joined)
            {
                Say(Links.Linked(shown, Links.UndoCommands(attempt.Target, identities)));
                // Money sent to a linked number before it was linked is the person's to claim (offered at the end of this turn).
                _data.LinkedPhones = [.. _data.LinkedPhones.Union(identities.Select(i => i.PhoneNumber).OfType<string>(), StringComparer.Ordinal)];
                // A person without a time zone yet takes the linked number's, as if they had written from it.
                _data.TimeZone ??= _data.LinkedPhones.Select(TimeZones.Of).FirstOrDefault(zone => zone is not null);
                await TellLinkedAsync(identities, _person, theirTexts, cancellationToken).ConfigureAwait(false);
            }
        }
        else if (await IsUnusedAsync(_person.Account, cancellationToken).ConfigureAwait(false))
        {
            outcome = await directory.JoinAsync(other, _person.Account, [_message!.Sender], cancellationToken).ConfigureAwait(false);
            if (outcome == JoinOutcome.Joined)
            {
                _joinedAway = true;
                var survivor = await directory.FindByAccountAsync(other, cancellationToken).ConfigureAwait(false);
                Say(Links.JoinedOther(survivor?.Label ?? shown));
            }
        }
        else
        {
            Say(Links.BothUsed(shown));
            return;
        }
        if (outcome != JoinOutcome.Joined)
        {
            Say(Links.Changed);
        }
    }

    /// <summary>An account that never held or moved money, and whose conversation has no transfer still unsettled.</summary>
    private async Task<bool> IsUnusedAsync(AccountId account, CancellationToken cancellationToken)
    {
        var balances = await Wallet.Store.GetBalancesAsync(account, cancellationToken).ConfigureAwait(false);
        if (balances.Any(b => b.Posted != 0 || b.Held != 0 || b.Incoming != 0))
        {
            return false;
        }
        if ((await Wallet.Store.GetHistoryAsync(account, 0, 1, cancellationToken).ConfigureAwait(false)).Count > 0)
        {
            return false;
        }
        var data = account == _person.Account ? _data : (await _services.Store.LoadAsync(account.Value, cancellationToken).ConfigureAwait(false)).Data;
        return !data.HasUnsettled;
    }

    /// <summary>
    /// The identities just linked hear of it (the code's owner may not be who asked), except the one writing, in their
    /// own language (<paramref name="texts"/>), so that a warning meant for someone else is one they can read.
    /// </summary>
    private async Task TellLinkedAsync(IEnumerable<ChannelIdentity> identities, Party owner, LinkTexts texts, CancellationToken cancellationToken)
    {
        foreach (var identity in identities.Where(i => i.Key != _message!.Sender.Key))
        {
            await _services.Store.EnqueueAsync(identity, OutboundReply.Plain(texts.LinkedNotice(owner.Label)), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The language of the chats a link reaches: their owner's conversation's when someone wrote from them; else this
    /// one's (whoever typed the code back got it there: a number nobody wrote from is most likely the asker's own).
    /// </summary>
    private async Task<LinkTexts> TextsOfAsync(AccountId? owner, CancellationToken cancellationToken)
    {
        var language = owner is { } account
            ? (await _services.Store.LoadAsync(account.Value, cancellationToken).ConfigureAwait(false)).Data.Language
            : null;
        return language is null ? Links : LinkTexts.For(LanguageTags.Parse(language));
    }

    private int MinutesUntil(DateTimeOffset moment) => Math.Max(1, (int)Math.Ceiling((moment - _now).TotalMinutes));

    private static byte[] HashLinkCode(string code, byte[] salt) => HMACSHA256.HashData(salt, Encoding.ASCII.GetBytes(code));

    private static bool LinkCodeMatches(string code, LinkAttempt attempt) =>
        CryptographicOperations.FixedTimeEquals(
            HashLinkCode(code, Convert.FromBase64String(attempt.Salt)), Convert.FromBase64String(attempt.CodeHash));

    /// <summary>A message of exactly six digits (any script, "123 456" too): a link code typed bare.</summary>
    private static string? BareCode(string text)
    {
        Span<char> code = stackalloc char[LinkIdentityCommand.CodeLength];
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }
            var digit = CharUnicodeInfo.GetDecimalDigitValue(c);
            if (digit < 0 || count == code.Length)
            {
                return null;
            }
            code[count++] = (char)('0' + digit);
        }
        return count == code.Length ? new string(code) : null;
    }
}
