using System.Globalization;
using System.Text;
using Conversational.Commands;
using Conversational.Wallet;

namespace Conversational.Bots.Conversations.Texts;

/// <summary>
/// The conversations in Modern Standard Arabic: Arabic-Indic digits, Arabic punctuation (، ؛ ؟), the six CLDR
/// plural forms for counts, and the same words as the wallet's refusals (<see cref="RejectionMessages"/>). The
/// examples in help are words the parser reads as Arabic ("أرسل ١٠ يورو @lea").
/// </summary>
public sealed class ArabicTexts : ReplyTexts
{
    public static readonly ArabicTexts Instance = new();

    private const string PhoneBill = "على فاتورة هاتفك";

    private static readonly string[] Months =
    [
        "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
        "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
    ];

    private ArabicTexts()
    {
    }

    public override Language Language => Language.Arabic;

    /// <summary>"٣", "١٬٠٠٠": Arabic-Indic digits, thousands grouped as amounts are.</summary>
    public override string Number(long n) => ArabicIndic(Grouped(n, '٬'));

    /// <summary>"٢٤ نوفمبر", "٣ يناير ٢٠٢٧".</summary>
    public override string FormatDate(DateTimeOffset moment, DateTimeOffset now) =>
        Digits(moment.Day) + " " + Months[moment.Month - 1] + (moment.Year == now.Year ? "" : " " + Digits(moment.Year));

    public override string ConfirmLabel => "تأكيد";

    public override string CancelLabel => "إلغاء";

    public override string MoreLabel => "المزيد";

    public override string AcceptLabel => "قبول";

    public override string NotNowLabel => "ليس الآن";

    public override string ConfirmSend(string recipient, Money amount) =>
        $"هل تريد إرسال {Money(amount)} إلى {recipient}؟ لا توجد رسوم.";

    public override string ConfirmDonate(string charity, Money amount) =>
        $"هل تريد التبرع بمبلغ {Money(amount)} لصالح {charity}؟ لا رسوم على التبرعات.";

    public override string ConfirmPay(string merchant, Money amount, Money fee) =>
        $"هل تريد دفع {Money(amount)} إلى {merchant}؟ تدفع {Money(amount)}، "
        + $"ويتحمّل المتجر منها رسومًا قدرها {Money(fee)}.";

    /// <summary>The days are the subject of "أمامه ..." ("he has ... to claim it"), so in the nominative.</summary>
    public override string ConfirmPending(string recipient, Money amount, int days) =>
        $"لا يستخدم {recipient} هذه الخدمة بعد. هل تريد إرسال {Money(amount)} إليه ليستلمه؟ "
        + $"أمامه {Count(days, "أقل من يوم", "يوم واحد", "يومان", "أيام", "يومًا", "يوم")} لاستلام المبلغ، "
        + "وإلا فسيعود إليك.";

    public override string Sent(string recipient, Money amount, Money balance) =>
        $"تم: أرسلت {Money(amount)} إلى {recipient}. رصيدك: {Money(balance)}.";

    public override string Donated(string charity, Money amount, Money balance) =>
        $"تم: تبرعت بمبلغ {Money(amount)} لصالح {charity}. شكرًا لك! رصيدك: {Money(balance)}.";

    public override string Paid(string merchant, Money amount, Money balance) =>
        $"تم: دفعت {Money(amount)} إلى {merchant}. رصيدك: {Money(balance)}.";

    public override string PendingSent(string recipient, Money amount, string until) =>
        $"تم: مبلغ {Money(amount)} بانتظار {recipient} حتى {until}. "
        + "إن لم يستلمه حتى ذلك الحين، فسيعود إليك.";

    public override string ReceivedNotice(string sender, Money amount) =>
        $"أرسل إليك {sender} مبلغ {Money(amount)}.";

    public override string DonationNotice(string sender, Money amount) =>
        $"تبرّع لك {sender} بمبلغ {Money(amount)}.";

    public override string Checking(string recipient, Money amount) =>
        $"تحويلك البالغ {Money(amount)} إلى {recipient} قيد التحقق. "
        + "سأخبرك بالنتيجة هنا، فلا ترسله مرة أخرى من فضلك.";

    public override string SettledCompleted(string recipient, Money amount) =>
        $"تحديث: تمّ تحويلك البالغ {Money(amount)} إلى {recipient} بنجاح.";

    public override string SettledRejected(string recipient, Money amount, string reason) =>
        $"تحديث: لم يتمّ تحويلك البالغ {Money(amount)} إلى {recipient}، ولم يُنقل أي مال. {reason}";

    public override string NotACharity(string recipient, string handle) =>
        $"لا يوجد {recipient} بين الجمعيات الخيرية المسجّلة. لإرسال المال إلى شخص، اكتب: أرسل ١٠ يورو @{handle}";

    public override string UnknownCharity(string handle) =>
        $"لا أعرف جمعية خيرية باسم @{handle}. تحقّق من اسمها ثم أعد المحاولة.";

    public override string OverTransactionLimit(AccountKind recipientKind, Money limit) => recipientKind switch
    {
        AccountKind.Charity => $"الحد الأقصى للتبرع الواحد هو {Money(limit)}. تبرّع بمبلغ أصغر.",
        AccountKind.Merchant => $"الحد الأقصى للدفعة الواحدة إلى متجر هو {Money(limit)}. ادفع مبلغًا أصغر.",
        _ => $"الحد الأقصى للإرسال إلى شخص هو {Money(limit)} في المرة الواحدة. أرسل مبلغًا أصغر.",
    };

    public override string NothingToConfirm => "لا يوجد ما يحتاج إلى تأكيد الآن. أرسل «مساعدة» لمعرفة ما يمكنني فعله.";

    public override string NothingToCancel => "لا يوجد ما يمكن إلغاؤه الآن.";

    public override string Cancelled => "أُلغي الطلب: لم يُنقل أي مال.";

    /// <summary>The minutes follow "بعد", so in the genitive ("دقيقتين").</summary>
    public override string ConfirmationExpired(int minutes) =>
        "انتهت صلاحية هذا الطلب بعد "
        + Count(minutes, "أقل من دقيقة", "دقيقة واحدة", "دقيقتين", "دقائق", "دقيقة", "دقيقة")
        + " دون ردّ، لذا لم يُنقل أي مال. أرسله من جديد إن كنت لا تزال تريد ذلك.";

    public override string StillWaiting(AccountKind recipientKind, string recipient, Money amount) => recipientKind switch
    {
        AccountKind.Charity => $"طلبك التبرع بمبلغ {Money(amount)} لصالح {recipient} لا يزال ينتظر ردّك: أكّده أو ألغِه.",
        AccountKind.Merchant => $"طلبك دفع {Money(amount)} إلى {recipient} لا يزال ينتظر ردّك: أكّده أو ألغِه.",
        _ => $"طلبك لإرسال {Money(amount)} إلى {recipient} لا يزال ينتظر ردّك: أكّده أو ألغِه.",
    };

    public override string Replaced(AccountKind recipientKind, string recipient, Money amount) => recipientKind switch
    {
        AccountKind.Charity => $"أُلغي طلبك السابق التبرع بمبلغ {Money(amount)} لصالح {recipient}، ولم يُرسَل شيء. إليك الطلب الجديد.",
        AccountKind.Merchant => $"أُلغي طلبك السابق دفع {Money(amount)} إلى {recipient}، ولم يُرسَل شيء. إليك الطلب الجديد.",
        _ => $"أُلغي طلبك السابق لإرسال {Money(amount)} إلى {recipient}، ولم يُرسَل شيء. إليك الطلب الجديد.",
    };

    public override string AnswerOnOtherChannel => "أجب من فضلك على القناة التي أرسلت منها الطلب.";

    public override string ClaimOffer(IReadOnlyList<(string Sender, Money Amount)> waiting)
    {
        ArgumentNullException.ThrowIfNull(waiting);
        switch (waiting.Count)
        {
            case 0:
                return "لا تحويلات بانتظارك.";
            case 1:
                return $"أرسل إليك {waiting[0].Sender} مبلغ {Money(waiting[0].Amount)}. هل تقبله؟";
        }
        var text = new StringBuilder(Transfers(waiting.Count)).Append(" بانتظارك:");
        foreach (var (sender, amount) in waiting)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n• {sender}: {Money(amount)}");
        }
        return text.Append("\nهل تقبلها؟").ToString();
    }

    public override string Claimed(int count, Money total, Money balance) =>
        $"تم: أصبح في حسابك مبلغ {Money(total)} ({Transfers(count)}). رصيدك: {Money(balance)}.";

    public override string ClaimSnoozed(string until) =>
        $"حسنًا، سيبقى المبلغ بانتظارك حتى {until}. سأسألك مرة أخرى غدًا.";

    public override string ClaimedNotice(string recipient, Money amount) =>
        $"استلم {recipient} مبلغ {Money(amount)} الذي أرسلته إليه.";

    public override string ClaimWaiting(Money total) => $"مبلغ {Money(total)} بانتظارك: أرسل «استلام» لاستلامه.";

    public override string NothingToClaim => "لا يوجد مبلغ بانتظارك الآن.";

    public override string StaleClaimChoice => "هذا الزر لم يعد صالحًا. أرسل «استلام» لاستلام المبلغ الذي بانتظارك.";

    public override string ReturnedNotice(string recipient, Money amount) =>
        $"لم يستلم {recipient} مبلغ {Money(amount)} الذي أرسلته إليه في الوقت المحدد، فعاد إلى رصيدك.";

    public override string Balance(IReadOnlyList<(Money Available, Money Held)> balances)
    {
        ArgumentNullException.ThrowIfNull(balances);
        if (balances.Count == 0)
        {
            return $"رصيدك: {Money(new Money(0, Currency.Eur))}.";
        }
        var text = new StringBuilder("رصيدك: ").AppendJoin("، ", balances.Select(b => Money(b.Available))).Append('.');
        foreach (var (_, held) in balances.Where(b => b.Held.Minor > 0))
        {
            text.Append(CultureInfo.InvariantCulture, $" ومحجوز لك أيضًا {Money(held)} للمشتريات.");
        }
        return text.ToString();
    }

    /// <summary>"آخر ٥ عمليات:" (genitive after آخر), "٥ عمليات سابقة:" (nominative, the adjective agreeing).</summary>
    public override string HistoryHeader(int count, bool first) => (count, first) switch
    {
        (0, _) => "لا توجد عمليات لعرضها.",
        (_, true) => $"آخر {Count(count, "", "عملية", "عمليتين", "عمليات", "عملية", "عملية")}:",
        _ => Count(count, "", "عملية واحدة سابقة", "عمليتان سابقتان", "عمليات سابقة", "عملية سابقة", "عملية سابقة")
            + ":",
    };

    public override string HistoryEmpty => "لا توجد عمليات بعد. أرسل «مساعدة» لمعرفة طريقة إرسال المال.";

    public override string HistoryEnd => "هذا كل شيء: لا توجد عمليات أقدم.";

    public override string HistoryLine(HistoryEntry entry, string counterparty, DateTimeOffset now, PendingState? pending)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var reference = entry.Reference ?? counterparty;
        var outgoing = entry.Amount.Minor < 0;
        var onPhoneBill = entry.Amount.Minor == 0 && entry.PhoneBill.Minor != 0;
        var what = entry.Kind switch
        {
            MovementKind.PersonToPerson => outgoing ? $"إلى {counterparty}" : $"من {counterparty}",
            MovementKind.Donation => outgoing ? $"تبرع لصالح {counterparty}" : $"تبرع من {counterparty}",
            MovementKind.Payment or MovementKind.HoldCapture =>
                outgoing ? $"دفع إلى {counterparty}" : $"دفعة من {counterparty}",
            MovementKind.Funding => "شحن الرصيد",
            MovementKind.PendingSend => pending switch
            {
                PendingState.Claimed => $"استلمه {reference}",
                PendingState.Returned => $"لم يستلمه {reference} فعاد إليك",
                _ => $"بانتظار أن يستلمه {reference}",
            },
            MovementKind.PendingClaim => $"مبلغ استلمته من {counterparty}",
            MovementKind.PendingReturn => $"عاد إليك: لم يستلمه {reference}",
            MovementKind.HoldAuthorize => $"محجوز لصالح {counterparty}: حجز وليس دفعًا",
            MovementKind.HoldVoid => $"ألغى {counterparty} الحجز: لم يعد محجوزًا",
            MovementKind.Refund => onPhoneBill ? $"استرداد من {counterparty}، {PhoneBill}" : $"استرداد من {counterparty}",
            MovementKind.CarrierPurchase => $"{counterparty}، {PhoneBill}",
            MovementKind.CarrierDonation => $"تبرع لصالح {counterparty}، {PhoneBill}",
            _ => counterparty,
        };
        return $"{FormatDate(entry.At, now)} · {what} · {StatementAmount(entry)}";
    }

    public override string Spending(MonthlySpending spending, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(spending);
        var month = Months[spending.Month - 1]
            + (spending.Year == now.Year ? "" : " " + Digits(spending.Year));
        var text = $"أنفقت في {month} ما مجموعه {Money(spending.FromWallet)}: منها {Money(spending.Sent)} تحويلات، "
            + $"و{Money(spending.Donated)} تبرعات، و{Money(spending.Paid)} مدفوعات للمتاجر.";
        return spending.PhoneBilled.Minor > 0
            ? text + $" وأيضًا {Money(spending.PhoneBilled)} {PhoneBill}."
            : text;
    }

    public override string Help(CommandKind? topic) => topic switch
    {
        CommandKind.Send => "لإرسال المال: أرسل ١٠ يورو @lea (أو رقم هاتف بدلًا من @lea). "
            + "سأطلب منك التأكيد إذا كان الشخص جديدًا بالنسبة إليك أو كان المبلغ كبيرًا.",
        CommandKind.Donate => "للتبرع لجمعية خيرية: تبرع ١٠ يورو @restosducoeur. لا رسوم على التبرعات.",
        CommandKind.Balance => "لمعرفة رصيدك: رصيد",
        CommandKind.Claim => "لاستلام مبلغ أُرسل إليك وينتظرك: استلام",
        CommandKind.History => "لرؤية آخر عملياتك: سجل، ثم «المزيد» للعمليات الأقدم. و«مصاريف» تجمع لك مصاريف الشهر.",
        CommandKind.Spending => "لمعرفة ما أنفقته هذا الشهر: مصاريف",
        CommandKind.Buy => "للشراء: اكتب اشتر ثم اسم المنتج أو رمزه (اشتر MUG). "
            + "لن أسألك إلا عما يلزم: الكمية وطريقة التوصيل، ثم تراجع المجموع وتدفع.",
        CommandKind.Link or CommandKind.Unlink or CommandKind.Handle => ArabicLinkTexts.Instance.Help,
        CommandKind.Orders => "لرؤية طلباتك وحالتها: تتبع (أو تتبع ورقم الطلب).",
        _ => "إليك ما يمكنني فعله:\n"
            + "• أرسل ١٠ يورو @lea: إرسال المال\n"
            + "• تبرع ٥ يورو @restosducoeur: التبرع لجمعية خيرية\n"
            + "• رصيد: معرفة رصيدك\n"
            + "• سجل: آخر عملياتك\n"
            + "• اشتر MUG: الشراء من متجر\n"
            + "• تتبع: طلباتك\n"
            + "• إلغاء: إلغاء ما بدأته\n"
            + "أي سؤال آخر؟ أجيبك عنه أو أحوّله إلى موظف.",
    };

    public override string Welcome(string name) =>
        $"مرحبًا {name}! يمكنني إرسال المال، وإيصال تبرعاتك إلى الجمعيات الخيرية، والشراء من المتاجر، وعرض كشف حسابك. " + Help(null);

    public override string Stopped => "لن تصلك منا أي رسائل هنا بعد الآن. أرسل «ابدأ» متى أردت العودة.";

    public override string Restarted => "أهلًا بعودتك! أرسل «مساعدة» لمعرفة ما يمكنني فعله.";

    public override string NotUnderstood => "عذرًا، لم أفهم. أرسل «مساعدة» لمعرفة ما يمكنني فعله.";

    public override string StaleChoice => "هذا الزر لم يعد صالحًا. أرسل «مساعدة» لمعرفة ما يمكنك فعله الآن.";

    public override string Busy => "ما زلت أعالج رسالتك السابقة. أعد المحاولة بعد لحظات.";

    public override string InternalError => "حدث خطأ من جهتنا ولم يُنفَّذ أي شيء. أعد المحاولة بعد لحظات.";

    /// <summary>
    /// A count in the form its CLDR category takes: <paramref name="zero"/>, <paramref name="one"/> and
    /// <paramref name="two"/> are whole phrases ("يوم واحد", "يومان"); the others follow the number ("٣ أيام",
    /// "١١ يومًا", "١٠٠ يوم"). Each caller gives the forms in the grammatical case its sentence needs.
    /// </summary>
    internal string Count(long n, string zero, string one, string two, string few, string many, string other) =>
        PluralRules.Arabic(n) switch
        {
            PluralCategory.Zero => zero,
            PluralCategory.One => one,
            PluralCategory.Two => two,
            PluralCategory.Few => Number(n) + " " + few,
            PluralCategory.Many => Number(n) + " " + many,
            _ => Number(n) + " " + other,
        };

    /// <summary>Transfers as a subject or in parentheses (nominative): "تحويلان", "٣ تحويلات", "١١ تحويلًا".</summary>
    private string Transfers(long n) =>
        Count(n, "لا تحويلات", "تحويل واحد", "تحويلان", "تحويلات", "تحويلًا", "تحويل");

    /// <summary>A day or a year: Arabic-Indic digits, never grouped ("٢٠٢٦").</summary>
    private static string Digits(long n) => ArabicIndic(n.ToString(CultureInfo.InvariantCulture));

    /// <summary>ASCII digits written as Arabic-Indic digits (٠-٩); everything else as it is.</summary>
    private static string ArabicIndic(string text) =>
        string.Create(text.Length, text, static (destination, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                destination[i] = source[i] is >= '0' and <= '9' ? (char)('\u0660' + (source[i] - '0')) : source[i];
            }
        });
}
