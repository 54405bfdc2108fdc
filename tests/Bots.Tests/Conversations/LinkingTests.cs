using System.Globalization;
using System.Text.RegularExpressions;
using Conversational.Bots.Conversations;
using Conversational.Bots.Tests.Stores;

namespace Conversational.Bots.Tests.Conversations;

/// <summary>
/// One person on several channels, through the engine over both stores: a link asked on one chat, the code received on
/// the other (the new one), typed back where it was asked; then money sent from one chat and the balance read on the
/// other; wrong codes, expiry, lockout, unlinking, handles, a pending transfer claimed once its number is linked, and
/// what happens when the other side already has a wallet. The codes are random, so these are written in code rather
/// than as transcript files: each reads the code from the message the new chat received.
/// </summary>
[Collection(RedisStoreFixture.Collection)]
public sealed partial class LinkingTests(RedisStoreFixture redis)
{
    private const string Phone = "+33612345678";

    private int _messages;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task Link_from_the_web_chat_to_a_phone_then_send_by_sms_and_read_the_balance_on_the_web(StoreKind kind)
    {
        var chat = await ChatHarness.StartAsync(kind, redis);

        Assert.Equal("I sent a 6-digit code to +33612345678. Type it here within 10 minutes to link it to your wallet.",
            Text(await chat.SayAsync("alice", "#link +33612345678")));
        var received = await chat.OutboxAsync(Phone);
        var code = CodeIn(received);
        Assert.Equal(
            $"Code : {code} (10 min). Alice (@alice) veut lier cette conversation à son porte-monnaie. Ne le donnez à personne.",
            Text(received));
        Assert.Equal("Linked: +33612345678 and this chat now share one wallet: the same balance, history and saved addresses. "
            + "To undo it: #unlink +33612345678", Text(await chat.SayAsync("alice", code)));
        // Once linked, the number hears in the person's language (they wrote in English), not its country's guess.
        Assert.Equal("This chat is now linked to the wallet of Alice (@alice). If that is not you, send #unlink here.",
            Text(await chat.OutboxAsync(Phone)));

        Assert.Equal("Send €5.00 to Bob (@bob)? There is no fee.", Text(await chat.TextAsync(Phone, "#send 5EUR @bob")));
        Assert.Equal("Please answer this on the channel where you made the request.", Text(await chat.SayAsync("alice", "yes")));
        Assert.Equal("Done: you sent €5.00 to Bob (@bob). Your balance: €95.00.", Text(await chat.TextAsync(Phone, "yes")));
        Assert.Equal("Your balance: €95.00.", Text(await chat.SayAsync("alice", "#balance")));
        Assert.Equal("Linked to your wallet: the web chat (alice), SMS +33612345678. / "
            + "To link another: #link +33612345678 (or #link telegram @name, #link web name). "
            + "To unlink one: #unlink web alice, #unlink +33612345678",
            Text(await chat.SayAsync("alice", "#link")));
        Assert.Equal(95_00, await chat.BalanceAsync("alice"));
        Assert.Equal(105_00, await chat.BalanceAsync("bob"));
        await chat.CheckInvariantsAsync();
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task Telegram_links_to_a_phone_and_money_sent_to_the_number_arrives_in_the_one_wallet(StoreKind kind)
    {
        var chat = await ChatHarness.StartAsync(kind, redis);
        var telegram = new ChannelIdentity("telegram", "5551234567");
        await chat.Services.Directory.GetOrCreatePersonAsync(telegram, "lea_t", "Léa", null, Ct);

        Assert.Equal("I sent a 6-digit code to +33612345678. Type it here within 10 minutes to link it to your wallet.",
            Text(await SendAsync(chat, telegram, "#link +33 6 12 34 56 78")));
        var code = CodeIn(await chat.OutboxAsync(Phone));
        Assert.StartsWith("Linked: +33612345678", Text(await SendAsync(chat, telegram, "#link " + code)), StringComparison.Ordinal);

        Assert.Equal("Send €7.00 to Léa (@lea_t)? There is no fee.", Text(await chat.SayAsync("bob", "#send 7EUR +33612345678")));
        Assert.Equal("Done: you sent €7.00 to Léa (@lea_t). Your balance: €93.00.", Text(await chat.SayAsync("bob", "yes")));
        Assert.Equal("Votre solde : 7,00 €.", Text(await chat.TextAsync(Phone, "solde")));
        Assert.Equal("Your balance: €7.00.", Text(await SendAsync(chat, telegram, "#balance")));
        await chat.CheckInvariantsAsync();
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task Stop_by_sms_silences_the_number_only_and_start_on_telegram_does_not_write_to_it_again(StoreKind kind)
    {
        var chat = await ChatHarness.StartAsync(kind, redis);
        var telegram = new ChannelIdentity("telegram", "5551234567");
        await chat.Services.Directory.GetOrCreatePersonAsync(telegram, "lea_t", "Léa", null, Ct);
        await SendAsync(chat, telegram, "#link +33612345678");
        await SendAsync(chat, telegram, CodeIn(await chat.OutboxAsync(Phone)));
        await chat.OutboxAsync(Phone);
        await chat.Services.Store.DequeueAllAsync(telegram, Ct);

        await chat.TextAsync(Phone, "STOP");
        await chat.SayAsync("bob", "#send 2EUR @lea_t");
        await chat.SayAsync("bob", "yes");
        Assert.Empty(await chat.OutboxAsync(Phone));
        Assert.Single(await chat.Services.Store.DequeueAllAsync(telegram, Ct));

        await SendAsync(chat, telegram, "/stop");
        await SendAsync(chat, telegram, "/start");
        await chat.SayAsync("bob", "#send 3EUR @lea_t");
        Assert.Empty(await chat.OutboxAsync(Phone));
        Assert.Single(await chat.Services.Store.DequeueAllAsync(telegram, Ct));

        await chat.TextAsync(Phone, "START");
        await chat.SayAsync("bob", "#send 4EUR @lea_t");
        Assert.Single(await chat.OutboxAsync(Phone));
        Assert.Single(await chat.Services.Store.DequeueAllAsync(telegram, Ct));
        Assert.Equal(9_00, await chat.BalanceAsync("lea_t"));
        await chat.CheckInvariantsAsync();
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task The_linked_chat_is_warned_in_its_own_language_not_in_the_language_of_who_asked(StoreKind kind)
    {
        var chat = await ChatHarness.StartAsync(kind, redis);
        await chat.SayAsync("frank", "bonjour");

        await chat.SayAsync("alice", "#link web frank");
        var code = CodeIn(await chat.OutboxAsync("frank"));
        Assert.StartsWith("Linked: ", Text(await chat.SayAsync("alice", code)), StringComparison.Ordinal);

        Assert.Equal("Cette conversation est désormais liée au porte-monnaie d'Alice (@alice). Si ce n'est pas vous, envoyez #délier ici.",
            Text(await chat.OutboxAsync("frank")));
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task Wrong_codes_count_down_and_the_fifth_locks_linking_for_an_hour_even_with_the_right_code(StoreKind kind)
    {
        var chat = await ChatHarness.StartAsync(kind, redis);
        await chat.SayAsync("alice", "#link +33612345678");
        var code = CodeIn(await chat.OutboxAsync(Phone));
        var wrong = ((int.Parse(code, CultureInfo.InvariantCulture) + 1) % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);

        Assert.Equal("That code is not right. 4 tries left.", Text(await chat.SayAsync("alice", wrong)));
        Assert.Equal("That code is not right. 3 tries left.", Text(await chat.SayAsync("alice", "#link " + wrong)));
        // Asking for a new code does not reset the count.
        await chat.SayAsync("alice", "#link +33612345678");
        code = CodeIn(await chat.OutboxAsync(Phone));
        wrong = ((int.Parse(code, CultureInfo.InvariantCulture) + 1) % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        Assert.Equal("That code is not right. 2 tries left.", Text(await chat.SayAsync("alice", wrong)));
        Assert.Equal("That code is not right. 1 try left.", Text(await chat.SayAsync("alice", wrong)));
        Assert.Equal("Too many wrong codes: linking is locked for 60 minutes. Nothing was linked.", Text(await chat.SayAsync("alice", wrong)));

        Assert.Equal("Too many wrong codes: linking is locked for 60 minutes. Nothing was linked.", Text(await chat.SayAsync("alice", code)));
        chat.Time.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal("Too many wrong codes: linking is locked for 30 minutes. Nothing was linked.",
            Text(await chat.SayAsync("alice", "#link +33612345678")));
        await chat.OutboxAsync(Phone);
        Assert.Null(await chat.Services.Directory.FindByIdentityAsync(Sms, Ct));

        chat.Time.Advance(TimeSpan.FromMinutes(31));
        Assert.StartsWith("I sent a 6-digit code", Text(await chat.SayAsync("alice", "#link +33612345678")), StringComparison.Ordinal);
        code = CodeIn(await chat.OutboxAsync(Phone));
        Assert.StartsWith("Linked: ", Text(await chat.SayAsync("alice", code)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task A_code_expires_after_ten_minutes_and_works_only_on_the_chat_that_asked(StoreKind kind)
    {
        var chat = await ChatHarness.StartAsync(kind, redis);
        await chat.SayAsync("alice", "#link +33612345678");
        var code = CodeIn(await chat.OutboxAsync(Phone));

        // Typed on the phone that received it, the code links nothing: it is typed where the link was asked.
        Assert.Contains("No link is waiting for a code here.", Text(await chat.TextAsync(Phone, "#link " + code)), StringComparison.Ordinal);
        chat.Time.Advance(TimeSpan.FromMinutes(11));
        Assert.Equal("That code expired after 10 minutes, and nothing was linked. Send #link again for a new one.",
            Text(await chat.SayAsync("alice", code)));
        Assert.Equal("No link is waiting for a code here. Type the code on the chat that asked for the link.",
            Text(await chat.SayAsync("alice", "#link " + code)));
        Assert.NotEqual((await chat.Services.Directory.FindByHandleAsync("alice", Ct))?.Account,
            (await chat.Services.Directory.FindByIdentityAsync(Sms, Ct))?.Account);
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task Unlinking_a_chat_tells_it_and_its_next_message_starts_an_empty_wallet(StoreKind kind)
    {
        var chat = await ChatHarness.StartAsync(kind, redis);
        await LinkAsync(chat, "alice", "#link +33612345678");

        Assert.Equal("Unlinked: SMS +33612345678 no longer reaches your wallet.", Text(await chat.SayAsync("alice", "#unlink +33612345678")));
        Assert.Equal("This chat is no longer linked to the wallet of Alice (@alice). Your next message here starts a new, empty wallet.",
            Text(await chat.OutboxAsync(Phone)));
        Assert.Equal("Votre solde : 0,00 €.", Text(await chat.TextAsync(Phone, "solde")));
        Assert.Null((await chat.Services.Directory.FindByPhoneAsync(Phone, Ct))?.Handle);
        Assert.Equal("This is the only chat that reaches your wallet, so it can't be unlinked.", Text(await chat.SayAsync("alice", "#unlink")));
        Assert.Equal("+33612345678 is not linked to your wallet.", Text(await chat.SayAsync("alice", "#unlink +33612345678")));
        Assert.Equal(100_00, await chat.BalanceAsync("alice"));
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task A_chat_unlinks_itself_in_french(StoreKind kind)
    {
        var chat = await ChatHarness.StartAsync(kind, redis);
        await LinkAsync(chat, "alice", "#link +33612345678");

        Assert.Equal("C'est délié : SMS +33612345678 n'accède plus à votre porte-monnaie.", Text(await chat.TextAsync(Phone, "#délier")));
        Assert.Equal("Your balance: €100.00.", Text(await chat.SayAsync("alice", "#balance")));
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task A_handle_is_chosen_checked_and_then_receives_money(StoreKind kind)
    {
        var chat = await ChatHarness.StartAsync(kind, redis);
        await chat.TextAsync(Phone, "bonjour");

        Assert.Equal("Vous n'avez pas encore de @nom. Choisissez-en un avec #pseudo et un nom : on pourra alors vous envoyer de l'argent avec @nom.",
            Text(await chat.TextAsync(Phone, "#pseudo")));
        Assert.Equal("@bob n'est pas disponible. Choisissez un autre nom.", Text(await chat.TextAsync(Phone, "#pseudo bob")));
        Assert.Equal("« x » ne peut pas être votre nom : de 2 à 32 lettres a-z (ou arabes), chiffres ou _, avec au moins une lettre, "
            + "par exemple : #pseudo lea_m", Text(await chat.TextAsync(Phone, "#pseudo x")));
        Assert.Equal("C'est fait : votre nom est désormais @zoe_m. On vous envoie de l'argent avec #envoyer 5€ @zoe_m.",
            Text(await chat.TextAsync(Phone, "#pseudo Zoe_M")));
        // Her name is her number: others see it masked, never whole.
        Assert.Equal("Send €5.00 to +33…78 (@zoe_m)? There is no fee.", Text(await chat.SayAsync("alice", "#send 5EUR @zoe_m")));
        Assert.StartsWith("Done: you sent €5.00", Text(await chat.SayAsync("alice", "yes")), StringComparison.Ordinal);
        Assert.Equal(5_00, await chat.BalanceAsync("zoe_m"));
        await chat.TextAsync(Phone, "#envoyer 2 € @alice");
        Assert.StartsWith("C'est fait", Text(await chat.TextAsync(Phone, "oui")), StringComparison.Ordinal);
        Assert.Equal("+33…78 (@zoe_m) sent you €2.00.", Text(await chat.OutboxAsync("alice")));
        Assert.Equal("Done: your name is @alice_w now. Others send you money with #send 5EUR @alice_w.",
            Text(await chat.SayAsync("alice", "#handle alice_w")));
        Assert.Null(await chat.Services.Directory.FindByHandleAsync("alice", Ct));
        await chat.CheckInvariantsAsync();
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task Money_sent_to_a_number_before_it_was_linked_is_offered_when_it_is_linked(StoreKind kind)
    {
        var chat = await ChatHarness.StartAsync(kind, redis);
        await chat.SayAsync("bob", "#send 5EUR +33698765432");
        Assert.StartsWith("Done: €5.00 is waiting for +33698765432", Text(await chat.SayAsync("bob", "yes")), StringComparison.Ordinal);

        await chat.SayAsync("alice", "#link +33698765432");
        var code = CodeIn(await chat.OutboxAsync("+33698765432"));
        var replies = await chat.SayAsync("alice", code);
        Assert.Equal("Linked: +33698765432 and this chat now share one wallet: the same balance, history and saved addresses. "
            + "To undo it: #unlink +33698765432 | Bob (@bob) sent you €5.00. Do you accept it?", Text(replies));
        Assert.Equal("Done: €5.00 from 1 transfer is now in your account. Your balance: €105.00.", Text(await chat.PressAsync("alice", "Accept")));
        Assert.Equal(105_00, await chat.BalanceAsync("alice"));
        await chat.CheckInvariantsAsync();
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task Two_used_wallets_are_never_merged(StoreKind kind)
    {
        var chat = await ChatHarness.StartAsync(kind, redis);
        await chat.SayAsync("bob", "#send 5EUR +33698765432");
        await chat.SayAsync("bob", "yes");
        await chat.TextAsync("+33698765432", "bonjour");
        await chat.PressOnPhoneAsync("+33698765432", "Accepter");

        await chat.SayAsync("alice", "#link +33698765432");
        var code = CodeIn(await chat.OutboxAsync("+33698765432"));
        Assert.Equal("Not linked: +33698765432 already has its own wallet with money or movements, and so does this chat. "
            + "I never merge two used wallets; you can keep using them apart.", Text(await chat.SayAsync("alice", code)));
        Assert.NotEqual((await chat.Services.Directory.FindByHandleAsync("alice", Ct))?.Account,
            (await chat.Services.Directory.FindByPhoneAsync("+33698765432", Ct))?.Account);
        Assert.Equal("Votre solde : 5,00 €.", Text(await chat.TextAsync("+33698765432", "solde")));
        await chat.CheckInvariantsAsync();
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task An_empty_new_chat_joins_the_wallet_of_a_used_one(StoreKind kind)
    {
        var chat = await ChatHarness.StartAsync(kind, redis);
        await chat.SayAsync("zed", "hello");

        Assert.Equal("I sent a 6-digit code to @bob. Type it here within 10 minutes to link it to your wallet.",
            Text(await chat.SayAsync("zed", "#link @bob")));
        var code = CodeIn(await chat.OutboxAsync("bob"));
        Assert.Equal("Linked: this chat now uses the wallet of Bob (@bob): its balance, history and saved addresses. "
            + "This chat's own wallet was empty.", Text(await chat.SayAsync("zed", code)));
        Assert.Equal("Your balance: €100.00.", Text(await chat.SayAsync("zed", "#balance")));
        Assert.Equal((await chat.Services.Directory.FindByHandleAsync("bob", Ct))?.Account,
            (await chat.Services.Directory.FindByIdentityAsync(new ChannelIdentity(ChannelIdentity.WebChannel, "zed"), Ct))?.Account);
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task Linking_in_arabic_writes_the_code_in_arabic_indic_digits_and_reads_it_back(StoreKind kind)
    {
        var chat = await ChatHarness.StartAsync(kind, redis);
        const string Egypt = "+201001234567";

        Assert.Equal("أرسلت رمزًا من ٦ أرقام إلى +201001234567. اكتبه هنا خلال ١٠ دقائق لربطه بمحفظتك.",
            Text(await chat.SayAsync("alice", "ربط +201001234567")));
        var message = Text(await chat.OutboxAsync(Egypt));
        Assert.StartsWith("الرمز: ", message, StringComparison.Ordinal);
        var arabicCode = ArabicCode().Match(message).Value;
        Assert.Equal(6, arabicCode.Length);
        var wrong = arabicCode == "٠٠٠٠٠٠" ? "١١١١١١" : "٠٠٠٠٠٠";
        Assert.Equal("هذا الرمز غير صحيح. المحاولات المتبقية: ٤.", Text(await chat.SayAsync("alice", "ربط " + wrong)));
        Assert.StartsWith("تم الربط: صار +201001234567 وهذه المحادثة", Text(await chat.SayAsync("alice", arabicCode)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task Linking_in_french_from_the_web_chat(StoreKind kind)
    {
        var chat = await ChatHarness.StartAsync(kind, redis);

        Assert.Equal("J'ai envoyé un code à 6 chiffres au +33612345678. Tapez-le ici dans les 10 minutes pour le lier à votre porte-monnaie.",
            Text(await chat.SayAsync("alice", "#lier 06 12 34 56 78")));
        var code = CodeIn(await chat.OutboxAsync(Phone));
        Assert.Equal("Ce code n'est pas le bon. Il reste 4 essais.", Text(await chat.SayAsync("alice", code == "000000" ? "#lier 111111" : "#lier 000000")));
        Assert.Equal("Liaison annulée : le code ne fonctionne plus.", Text(await chat.SayAsync("alice", "annuler")));
        Assert.Equal("Aucune liaison n'attend de code ici. Tapez le code dans la conversation qui a demandé la liaison.",
            Text(await chat.SayAsync("alice", "#lier " + code)));
    }

    [Theory]
    [InlineData(StoreKind.InMemory, "#link web jules", "jules",
        "I sent a 6-digit code to the web chat (jules). Type it here within 10 minutes to link it to your wallet.",
        "Linked: the web chat (jules) and this chat now share one wallet: the same balance, history and saved addresses. "
        + "To undo it: #unlink web jules",
        "#unlink web jules", "Unlinked: the web chat (jules) no longer reaches your wallet.")]
    [InlineData(StoreKind.Redis, "#link web jules", "jules",
        "I sent a 6-digit code to the web chat (jules). Type it here within 10 minutes to link it to your wallet.",
        "Linked: the web chat (jules) and this chat now share one wallet: the same balance, history and saved addresses. "
        + "To undo it: #unlink web jules",
        "#unlink web jules", "Unlinked: the web chat (jules) no longer reaches your wallet.")]
    [InlineData(StoreKind.InMemory, "#lier web jules", "jules",
        "J'ai envoyé un code à 6 chiffres au chat web (jules). Tapez-le ici dans les 10 minutes pour le lier à votre porte-monnaie.",
        "C'est lié : le chat web (jules) et cette conversation partagent désormais un seul porte-monnaie : même solde, même historique, "
        + "mêmes adresses enregistrées. Pour annuler : #délier web jules",
        "#délier web jules", "C'est délié : le chat web (jules) n'accède plus à votre porte-monnaie.")]
    [InlineData(StoreKind.InMemory, "ربط web frank", "frank",
        "أرسلت رمزًا من ٦ أرقام إلى الدردشة على الموقع (frank). اكتبه هنا خلال ١٠ دقائق لربطه بمحفظتك.",
        "تم الربط: صارت الدردشة على الموقع (frank) وهذه المحادثة تتشاركان محفظة واحدة: الرصيد نفسه والسجل نفسه والعناوين المحفوظة نفسها. "
        + "للتراجع: فك الربط web frank",
        "فك الربط web frank", "تم فك الربط: لم تعد الدردشة على الموقع (frank) تصل إلى محفظتك.")]
    public async Task The_undo_hint_after_linking_a_web_chat_is_a_command_that_works_as_sent(
        StoreKind kind, string ask, string other, string codeSent, string linked, string undo, string unlinked)
    {
        var chat = await ChatHarness.StartAsync(kind, redis);
        await chat.SayAsync(other, "hello");

        Assert.Equal(codeSent, Text(await chat.SayAsync("alice", ask)));
        var code = CodeIn(await chat.OutboxAsync(other));
        var reply = Text(await chat.SayAsync("alice", code));
        Assert.Equal(linked, reply);
        Assert.EndsWith(undo, reply, StringComparison.Ordinal);
        Assert.Equal(unlinked, Text(await chat.SayAsync("alice", undo)));
        Assert.NotEqual(
            await chat.Services.Directory.FindByIdentityAsync(new ChannelIdentity(ChannelIdentity.WebChannel, "alice"), Ct),
            await chat.Services.Directory.FindByIdentityAsync(new ChannelIdentity(ChannelIdentity.WebChannel, other), Ct));
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task A_chosen_language_is_used_for_notices_on_every_chat_while_replies_follow_each_message(StoreKind kind)
    {
        var chat = await ChatHarness.StartAsync(kind, redis);
        await LinkAsync(chat, "alice", "#link +33612345678");

        Assert.Equal("Messages I send you on my own (notices, reminders) are in the language you last wrote in. "
            + "To choose: #language en, fr or ar, or #language auto.", Text(await chat.SayAsync("alice", "#language")));
        Assert.Equal("تم: ستكون الرسائل التي أرسلها إليك من تلقاء نفسي (الإشعارات والتذكيرات) بالعربية في كل محادثاتك. «#لغة تلقائي» للتراجع.",
            Text(await chat.SayAsync("alice", "#language ar")));
        Assert.Equal("Your balance: €100.00.", Text(await chat.TextAsync(Phone, "#balance")));
        await chat.SayAsync("bob", "#send 5EUR @alice");
        await chat.SayAsync("bob", "yes");
        Assert.Equal("أرسل إليك Bob (@bob) مبلغ ٥٫٠٠ €.", Text(await chat.OutboxAsync(Phone)));
        Assert.Equal("Done: messages I send you on my own will be in the language you last wrote in.",
            Text(await chat.TextAsync(Phone, "#language auto")));
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task What_cannot_be_linked_is_said_and_no_code_is_sent(StoreKind kind)
    {
        var chat = await ChatHarness.StartAsync(kind, redis);

        Assert.Equal("@demoshop is a shop or a charity: only a person's own chats can be linked.", Text(await chat.SayAsync("alice", "#link @demoshop")));
        Assert.Equal("I don't know @nobody. It must write to me once first; then ask again.", Text(await chat.SayAsync("alice", "#link @nobody")));
        Assert.Equal("I don't know Telegram @bob. It must write to me once first; then ask again.", Text(await chat.SayAsync("alice", "#link telegram @bob")));
        Assert.Equal("Which Telegram account? Write its username: #link telegram @name", Text(await chat.SayAsync("alice", "#link telegram")));
        Assert.Equal("@alice is already linked to your wallet.", Text(await chat.SayAsync("alice", "#link @alice")));
        Assert.Equal("No link is waiting for a code here. Type the code on the chat that asked for the link.", Text(await chat.SayAsync("alice", "#link 123456")));
        Assert.Empty(await chat.OutboxAsync("bob"));
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task At_most_five_codes_an_hour_go_to_one_number_whoever_asks(StoreKind kind)
    {
        var chat = await ChatHarness.StartAsync(kind, redis);
        for (var i = 0; i < 5; i++)
        {
            await chat.SayAsync(i % 2 == 0 ? "alice" : "bob", "#link +33612345678");
        }

        Assert.Equal("Too many codes were sent to +33612345678 lately. Please try again in an hour.",
            Text(await chat.SayAsync("carol", "#link +33612345678")));
        Assert.Equal(5, (await chat.OutboxAsync(Phone)).Count);
        chat.Time.Advance(TimeSpan.FromMinutes(61));
        Assert.StartsWith("I sent a 6-digit code", Text(await chat.SayAsync("carol", "#link +33612345678")), StringComparison.Ordinal);
    }

    private static readonly ChannelIdentity Sms = new(ChannelIdentity.SmsChannel, Phone);

    /// <summary>Links a phone to a web chat person, reading the code from the phone's outbox, and empties both outboxes.</summary>
    private static async Task LinkAsync(ChatHarness chat, string who, string ask)
    {
        await chat.SayAsync(who, ask);
        var code = CodeIn(await chat.OutboxAsync(Phone));
        Assert.StartsWith("Linked: ", Text(await chat.SayAsync(who, code)), StringComparison.Ordinal);
        await chat.OutboxAsync(Phone);
    }

    /// <summary>A message from any channel identity (Telegram here), straight to the engine.</summary>
    private async Task<IReadOnlyList<OutboundReply>> SendAsync(ChatHarness chat, ChannelIdentity sender, string text) =>
        await chat.Engine.HandleAsync(
            new InboundMessage(sender, $"link-{Interlocked.Increment(ref _messages)}", text, null, null, chat.Time.GetUtcNow()), Ct);

    private static string Text(IReadOnlyList<OutboundReply> replies) =>
        string.Join(" | ", replies.Select(r => r.Text.Replace("\n", " / ", StringComparison.Ordinal).Replace('\u00A0', ' ').Replace('\u202F', ' ')));

    private static string CodeIn(IReadOnlyList<OutboundReply> replies)
    {
        var message = Assert.Single(replies).Text;
        return SixDigits().Match(message).Value is { Length: 6 } code ? code : throw new InvalidOperationException("No code in: " + message);
    }

    [GeneratedRegex("[0-9]{6}")]
    private static partial Regex SixDigits();

    [GeneratedRegex("[٠-٩]{6}")]
    private static partial Regex ArabicCode();
}
