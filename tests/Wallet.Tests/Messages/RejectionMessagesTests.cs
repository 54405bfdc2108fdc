namespace Conversational.Wallet.Tests.Messages;

public sealed class RejectionMessagesTests
{
    private static readonly string[] Languages = ["en", "fr", "ar"];

    private static Money Eur(long minor) => new(minor, Currency.Eur);

    /// <summary>A rejection carrying every number a message could use.</summary>
    private static Rejection Full(RejectionReason reason) => new(reason)
    {
        Limit = Eur(250_00),
        Used = Eur(120_00),
        Available = Eur(12_00),
        Tier = IdentityTier.Unverified,
        Account = AccountId.Person("lea"),
        At = new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero),
        Currencies = ["EUR", "USD"],
    };

    public static TheoryData<RejectionReason, string> EveryReasonInEveryLanguage()
    {
        var data = new TheoryData<RejectionReason, string>();
        foreach (var reason in Enum.GetValues<RejectionReason>())
        {
            foreach (var language in Languages)
            {
                data.Add(reason, language);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryReasonInEveryLanguage))]
    public void Every_reason_is_a_finished_sentence_with_or_without_its_numbers(RejectionReason reason, string language)
    {
        foreach (var rejection in new[] { Full(reason), new Rejection(reason) })
        {
            var message = RejectionMessages.Describe(rejection, language);

            Assert.False(string.IsNullOrWhiteSpace(message));
            Assert.DoesNotContain("{", message, StringComparison.Ordinal);
            Assert.DoesNotContain("}", message, StringComparison.Ordinal);
            Assert.DoesNotContain("null", message, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(reason.ToString(), message, StringComparison.Ordinal);
            Assert.DoesNotContain("  ", message, StringComparison.Ordinal);
            Assert.EndsWith(".", message, StringComparison.Ordinal);
            if (language == "ar")
            {
                Assert.DoesNotContain(message, char.IsAsciiDigit);
            }
        }
    }

    [Theory]
    [MemberData(nameof(EveryReasonInEveryLanguage))]
    public void Every_reason_has_its_own_message_rather_than_the_generic_one(RejectionReason reason, string language)
    {
        var generic = RejectionMessages.Describe(new Rejection((RejectionReason)999), language);
        var others = Enum.GetValues<RejectionReason>().Where(r => r != reason)
            .Select(r => RejectionMessages.Describe(Full(r), language));

        var message = RejectionMessages.Describe(Full(reason), language);

        Assert.NotEqual(generic, message);
        Assert.DoesNotContain(message, others);
    }

    [Theory]
    [InlineData("en", "The limit for one payment is €250.00. Please send a smaller amount.")]
    [InlineData("fr", "La limite pour un paiement est de 250,00\u00A0€. Envoyez un montant plus petit.")]
    [InlineData("ar", "الحد الأقصى للدفعة الواحدة هو ٢٥٠٫٠٠\u00A0€. أرسل مبلغًا أصغر.")]
    public void Over_the_transaction_limit_names_the_limit_for_one_payment(string language, string expected)
    {
        var rejection = new Rejection(RejectionReason.OverTransactionLimit) { Limit = Eur(250_00) };

        Assert.Equal(expected, RejectionMessages.Describe(rejection, language));
    }

    [Theory]
    [InlineData("en", "You don't have enough money: you have €12.50 available. Please send a smaller amount, or add money first.")]
    [InlineData("fr", "Vous n'avez pas assez d'argent\u00A0: votre solde disponible est de 12,50\u00A0€. Envoyez un montant plus petit ou ajoutez d'abord de l'argent.")]
    [InlineData("ar", "رصيدك غير كافٍ: المتاح لديك ١٢٫٥٠\u00A0€. أرسل مبلغًا أصغر أو أضف مالًا أولًا.")]
    public void Insufficient_funds_names_what_is_available(string language, string expected)
    {
        var rejection = new Rejection(RejectionReason.InsufficientFunds) { Available = Eur(12_50) };

        Assert.Equal(expected, RejectionMessages.Describe(rejection, language));
    }

    [Theory]
    [InlineData("en", "Unverified accounts may spend at most €150.00 in 30 days; you have spent €120.00. Ask us to verify your identity to raise this limit.")]
    [InlineData("fr", "Les comptes non vérifiés peuvent dépenser au plus 150,00\u00A0€ sur 30\u00A0jours\u00A0; vous avez dépensé 120,00\u00A0€. Demandez-nous de vérifier votre identité pour relever cette limite.")]
    [InlineData("ar", "يمكن للحسابات غير الموثّقة أن تنفق ١٥٠٫٠٠\u00A0€ على الأكثر خلال ٣٠ يومًا، وقد أنفقت ١٢٠٫٠٠\u00A0€. اطلب منا توثيق هويتك لرفع هذا الحد.")]
    public void Unverified_spending_names_the_tier_what_was_spent_and_how_to_raise_the_limit(
        string language, string expected)
    {
        var rejection = new Rejection(RejectionReason.OverUnverifiedSpending)
        {
            Limit = Eur(150_00), Used = Eur(120_00), Tier = IdentityTier.Unverified,
        };

        Assert.Equal(expected, RejectionMessages.Describe(rejection, language));
    }

    [Fact]
    public void The_unverified_message_says_30_days_because_the_ledger_counts_30_days()
    {
        Assert.Equal(30, LedgerArithmetic.RollingWindowDays);
    }

    [Theory]
    [InlineData("en", "You can pay at most €50.00 a month on your phone bill; you have already paid €45.50 this month. Please pay another way, or wait until next month.")]
    [InlineData("fr", "Vous pouvez payer au plus 50,00\u00A0€ par mois sur votre facture de téléphone\u00A0; vous avez déjà payé 45,50\u00A0€ ce mois-ci. Payez autrement ou attendez le mois prochain.")]
    [InlineData("ar", "يمكنك أن تدفع ٥٠٫٠٠\u00A0€ على الأكثر شهريًا عبر فاتورة هاتفك، وقد دفعت هذا الشهر ٤٥٫٥٠\u00A0€. ادفع بطريقة أخرى أو انتظر حتى الشهر القادم.")]
    public void Carrier_monthly_cap_names_the_cap_and_what_was_already_billed(string language, string expected)
    {
        var rejection = new Rejection(RejectionReason.OverCarrierMonthlyCap) { Limit = Eur(50_00), Used = Eur(45_50) };

        Assert.Equal(expected, RejectionMessages.Describe(rejection, language));
    }

    [Theory]
    [InlineData("en", "The time to claim this money ended on 24 November 2026, so it goes back to the sender. Please ask them to send it again.")]
    [InlineData("fr", "Le délai pour récupérer cet argent a pris fin le 24 novembre 2026\u00A0; il retourne à l'expéditeur. Demandez-lui de vous le renvoyer.")]
    [InlineData("ar", "انتهت مهلة استلام هذا المال في ٢٤ نوفمبر ٢٠٢٦، لذا يعود إلى المرسل. اطلب منه أن يرسله من جديد.")]
    public void An_expired_pending_transfer_gives_the_date_the_claim_period_ended(string language, string expected)
    {
        var rejection = new Rejection(RejectionReason.PendingExpired)
        {
            At = new DateTimeOffset(2026, 11, 24, 9, 30, 0, TimeSpan.Zero),
        };

        Assert.Equal(expected, RejectionMessages.Describe(rejection, language));
    }

    [Theory]
    [InlineData("en", "The recipient can claim this money until 1 March 2027. You can take it back after that date.")]
    [InlineData("fr", "Le destinataire peut récupérer cet argent jusqu'au 1er mars 2027. Vous pourrez le reprendre après cette date.")]
    [InlineData("ar", "يمكن للمستلم استلام هذا المال حتى ١ مارس ٢٠٢٧. يمكنك استرجاعه بعد هذا التاريخ.")]
    public void A_return_asked_too_early_gives_the_date_the_claim_period_ends(string language, string expected)
    {
        var rejection = new Rejection(RejectionReason.PendingNotDue)
        {
            At = new DateTimeOffset(2027, 3, 1, 18, 0, 0, TimeSpan.Zero),
        };

        Assert.Equal(expected, RejectionMessages.Describe(rejection, language));
    }

    [Fact]
    public void Dates_are_the_UTC_date_as_the_ledger_counts_days_in_UTC()
    {
        var rejection = new Rejection(RejectionReason.PendingExpired)
        {
            At = new DateTimeOffset(2026, 11, 24, 23, 30, 0, TimeSpan.FromHours(-2)),
        };

        Assert.Contains("25 November 2026", RejectionMessages.Describe(rejection, "en"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RejectionReason.OverDailyCap)]
    [InlineData(RejectionReason.OverMonthlyCap)]
    [InlineData(RejectionReason.OverUnverifiedSpending)]
    [InlineData(RejectionReason.OverCarrierMonthlyCap)]
    public void Caps_write_the_cap_and_what_was_used_as_each_language_writes_money(RejectionReason reason)
    {
        var rejection = new Rejection(reason)
        {
            Limit = Eur(1_000_00), Used = Eur(987_65), Tier = IdentityTier.Unverified,
        };

        foreach (var (language, limit, used) in new[]
        {
            ("en", "€1,000.00", "€987.65"),
            ("fr", "1\u202F000,00\u00A0€", "987,65\u00A0€"),
            ("ar", "١٬٠٠٠٫٠٠\u00A0€", "٩٨٧٫٦٥\u00A0€"),
        })
        {
            var message = RejectionMessages.Describe(rejection, language);

            Assert.Contains(limit, message, StringComparison.Ordinal);
            Assert.Contains(used, message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_cap_without_what_was_used_leaves_that_part_out()
    {
        var rejection = new Rejection(RejectionReason.OverDailyCap) { Limit = Eur(1_000_00) };

        Assert.Equal(
            "You may spend at most €1,000.00 per day. Please send a smaller amount, or wait until tomorrow.",
            RejectionMessages.Describe(rejection, "en"));
    }

    [Fact]
    public void Nothing_used_yet_is_not_written_as_zero_spent()
    {
        var rejection = new Rejection(RejectionReason.OverDailyCap) { Limit = Eur(1_000_00), Used = Eur(0) };

        Assert.DoesNotContain("€0.00", RejectionMessages.Describe(rejection, "en"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_limit_without_its_amount_is_still_explained()
    {
        Assert.Equal(
            "This is above the limit for one payment. Please send a smaller amount.",
            RejectionMessages.Describe(new Rejection(RejectionReason.OverTransactionLimit), "en"));
    }

    [Theory]
    [InlineData("en", "The recipient can't receive that much until their identity is verified: an unverified account may hold at most €150.00. Please send a smaller amount.")]
    [InlineData("fr", "Ce destinataire ne peut pas recevoir autant tant que son identité n'est pas vérifiée\u00A0: un compte non vérifié peut détenir au plus 150,00\u00A0€. Envoyez un montant plus petit.")]
    [InlineData("ar", "لا يستطيع المستلم تلقي هذا المبلغ قبل توثيق هويته، إذ لا يمكن أن يتجاوز رصيد الحساب غير الموثّق ١٥٠٫٠٠\u00A0€. أرسل مبلغًا أصغر.")]
    public void A_recipient_over_the_unverified_limit_is_explained_without_their_balance(string language, string expected)
    {
        var rejection = new Rejection(RejectionReason.RecipientOverBalanceLimit)
        {
            Limit = Eur(150_00), Account = AccountId.Person("lea"), Tier = IdentityTier.Unverified,
        };

        Assert.Equal(expected, RejectionMessages.Describe(rejection, language));
    }

    [Theory]
    [InlineData("en", "We can't find @lea, so nothing was sent. Please check the name or phone number and try again.")]
    [InlineData("fr", "Nous ne trouvons pas @lea\u00A0; rien n'a été envoyé. Vérifiez le nom ou le numéro de téléphone et réessayez.")]
    [InlineData("ar", "لم نعثر على «@lea»، لذا لم يُرسَل أي مال. تحقّق من الاسم أو رقم الهاتف ثم أعد المحاولة.")]
    public void An_unknown_recipient_is_named_as_the_sender_wrote_them(string language, string expected)
    {
        var rejection = new Rejection(RejectionReason.UnknownRecipient) { Account = AccountId.Person("lea") };

        Assert.Equal(expected, RejectionMessages.Describe(rejection, language));
    }

    [Fact]
    public void An_unknown_recipient_by_phone_is_named_by_the_number_and_no_account_kind_leaks()
    {
        var message = RejectionMessages.Describe(
            new Rejection(RejectionReason.UnknownRecipient) { Account = AccountId.Person("+33612345678") }, "en");

        Assert.StartsWith("We can't find +33612345678,", message, StringComparison.Ordinal);
        Assert.DoesNotContain("person:", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_merchant_short_of_funds_for_a_refund_does_not_show_the_merchant_balance()
    {
        var rejection = new Rejection(RejectionReason.InsufficientFunds)
        {
            Available = Eur(3_00), Account = AccountId.Merchant("demoshop"),
        };

        var message = RejectionMessages.Describe(rejection, "en");

        Assert.Equal(
            "The merchant doesn't have enough money available for this refund right now. Please try again later.",
            message);
    }

    [Theory]
    [InlineData("en", "We don't handle that currency. Please use EUR, GBP or USD.")]
    [InlineData("fr", "Nous ne gérons pas cette devise. Utilisez EUR, GBP ou USD.")]
    [InlineData("ar", "لا نتعامل بهذه العملة. استخدم EUR أو GBP أو USD.")]
    public void An_unsupported_currency_lists_the_currencies_that_can_be_used(string language, string expected)
    {
        var rejection = new Rejection(RejectionReason.CurrencyNotSupported) { Currencies = ["EUR", "GBP", "USD"] };

        Assert.Equal(expected, RejectionMessages.Describe(rejection, language));
    }

    [Fact]
    public void A_reused_request_id_says_nothing_moved()
    {
        Assert.Equal(
            "This request was already used for a different operation, so no money has moved. "
            + "Please send it again as a new request.",
            RejectionMessages.Describe(new Rejection(RejectionReason.IdConflict), "en"));
    }

    [Fact]
    public void A_fully_refunded_payment_says_so_instead_of_offering_zero()
    {
        var rejection = new Rejection(RejectionReason.RefundExceedsPayment) { Limit = Eur(0) };

        Assert.Equal("This payment has already been fully refunded.", RejectionMessages.Describe(rejection, "en"));
    }

    [Theory]
    [InlineData("fr-CA", "fr")]
    [InlineData("FR", "fr")]
    [InlineData("fr_FR", "fr")]
    [InlineData("ar-TN", "ar")]
    [InlineData("en-GB", "en")]
    [InlineData("de", "en")]
    [InlineData("", "en")]
    [InlineData("french", "en")]
    public void A_region_suffix_keeps_the_language_and_any_other_language_is_English(string tag, string language)
    {
        var rejection = Full(RejectionReason.OverDailyCap);

        Assert.Equal(RejectionMessages.Describe(rejection, language), RejectionMessages.Describe(rejection, tag));
    }
}
