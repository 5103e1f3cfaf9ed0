# تسجيل المشاركين (pages/registration/).
reg-title = التسجيل في { $value }
reg-meeting = الاجتماع
reg-dates = التواريخ
reg-undated = لم تُسجَّل التواريخ بعد
reg-deadline = الموعد النهائي للتسجيل
reg-opens-on = يبدأ التسجيل في
reg-problems = لم يُحفظ التسجيل
reg-file-again = إذا كنت قد أرفقت وثائق التفويض، فيُرجى اختيار الملف مرة أخرى.
reg-not-open = التسجيل في هذا الاجتماع غير مفتوح.
reg-intro = استمارة واحدة لكل شخص. يُرفق وفد الدولة وثائق تفويضه (مذكرة شفوية) بصيغة PDF. تراجع وحدة دعم التنفيذ كل تسجيل وتؤكده بالبريد الإلكتروني.
reg-delegation = الوفد
reg-person = الشخص
reg-choose = اختر…
reg-field-category = الفئة
reg-field-actor = الدولة أو المنظمة
reg-actor-hint = إلزامي للدولة الطرف أو الدولة المراقبة. تترك المنظمات غير المدرجة في القائمة هذا الحقل فارغًا وتكتب اسمها أدناه.
reg-actor-none = غير مدرج في القائمة
reg-states = الدول
reg-organizations = المنظمات
reg-field-organization = اسم المنظمة
reg-organization-hint = لمنظمة غير مدرجة في القائمة أعلاه.
reg-field-credentials = وثائق التفويض (PDF)
reg-credentials-hint = إلزامي للدولة الطرف أو الدولة المراقبة: المذكرة الشفوية بصيغة PDF بحجم 5 ميبيبايت على الأكثر.
reg-field-family-name = اسم العائلة
reg-field-given-name = الاسم الأول
reg-field-email = البريد الإلكتروني
reg-email-hint = يُرسل التأكيد إلى هذا العنوان. تسجيل واحد لكل عنوان ولكل اجتماع.
reg-field-role = الدور في الوفد
reg-field-form = التسجيل
reg-submit = سجِّل
reg-done-title = تم استلام التسجيل في { $value }
reg-done-text = شكرًا لك. تسجيلك في { $value } بانتظار مراجعة وحدة دعم التنفيذ؛ وفي الطريق إلى بريدك الإلكتروني رسالة تؤكد استلامه.
reg-done-another = تسجيل شخص آخر
reg-category-state-party = دولة طرف
reg-category-observer-state = دولة مراقبة
reg-category-international-organization = منظمة دولية
reg-category-ngo = منظمة غير حكومية
reg-category-isu = وحدة دعم التنفيذ / الأمانة
reg-category-media = وسائل الإعلام
reg-role-head = رئيس الوفد
reg-role-member = عضو
reg-role-adviser = مستشار
reg-status-pending = قيد الانتظار
reg-status-approved = مقبولة
reg-status-refused = مرفوضة
reg-status-withdrawn = مسحوبة
reg-staff-title = التسجيلات في { $value }
reg-staff-form-link = استمارة التسجيل
reg-participants-title = المشاركون في { $value }
reg-participants-count = { $count ->
    [zero] لا مشاركين
    [one] مشارك واحد
    [two] مشاركان
    [few] { $count } مشاركين
    [many] { $count } مشاركًا
   *[other] { $count } مشارك
}
reg-download-as = التنزيل بصيغة
reg-settings = الإعدادات
reg-settings-none = التسجيل في هذا الاجتماع غير مفتوح: احفظ الإعدادات لفتحه.
reg-cap = الحد الأقصى للتسجيلات لكل وفد
reg-cap-hint = تُحتسب التسجيلات قيد الانتظار والمقبولة. اتركه فارغًا لعدم وضع حد.
reg-settings-save = حفظ الإعدادات
reg-none = لا شيء.
reg-name = الاسم
reg-submitted = تاريخ الإرسال
reg-decision = القرار
reg-decided = قرّره
reg-download = تنزيل
reg-approve = قبول
reg-refuse = رفض
reg-approve-who = قبول { $value }
reg-refuse-who = رفض { $value }
reg-err-required = الحقل «{ $value }» إلزامي.
reg-err-too-long = الحقل «{ $value }» يتجاوز 200 حرف.
reg-err-category = اختر إحدى الفئات المدرجة.
reg-err-role = اختر رئيس الوفد أو عضوًا أو مستشارًا.
reg-err-email = يجب أن يكون البريد الإلكتروني على شكل name@example.org دون مسافات.
reg-err-unknown-actor = «{ $value }» ليس دولة ولا منظمة في السجل.
reg-err-not-a-state = { $value } ليست دولة؛ اختر دولة لهذه الفئة.
reg-err-not-an-organization = { $value } دولة؛ تسجّل الدولة بصفتها دولة طرفًا أو دولة مراقبة.
reg-err-not-party = { $value }: ليست دولة طرفًا نافذة في ذلك اليوم؛ يمكنها التسجيل بصفتها دولة مراقبة.
reg-err-party-not-observer = { $value }: دولة طرف نافذة في ذلك اليوم؛ تسجّل بصفتها دولة طرفًا.
reg-err-credentials-required = يجب أن يرفق وفد الدولة وثائق تفويضه (مذكرة شفوية) بصيغة PDF.
reg-err-credentials-not-pdf = ملف وثائق التفويض ليس بصيغة PDF.
reg-err-credentials-too-large = ملف وثائق التفويض أكبر من 5 ميبيبايت.
reg-err-not-yet-open = يبدأ التسجيل في { $value }؛ يُرجى العودة حينئذ.
reg-err-after-deadline = أُغلق التسجيل في { $value }؛ لا تُقبل التسجيلات المتأخرة.
reg-err-cap = بلغ الوفد الحد الأقصى للتسجيلات: { $value }.
reg-err-head = لدى { $value } رئيس وفد بالفعل.
reg-err-not-open = التسجيل في هذا الاجتماع غير مفتوح.
reg-err-duplicate = { $value } مسجَّل بالفعل في هذا الاجتماع؛ يسجّل الشخص مرة واحدة في كل اجتماع.
reg-err-settings-date = «{ $value }» ليس تاريخًا بصيغة YYYY-MM-DD.
reg-err-settings-cap = «{ $value }» ليس عددًا صحيحًا أكبر من 0.
# Mail to a registrant, in the language they registered in (issue 19).
mail-dear = حضرة { $given } { $family }،
mail-reference = المرجع: { $reference }
mail-reason = السبب المذكور: { $reason }
mail-ack-subject = استلمنا تسجيلك في { $meeting }
mail-ack-text = استلمنا تسجيلك في { $meeting } ({ $category }، { $delegation }). وستؤكده لك وحدة دعم التنفيذ بالبريد الإلكتروني بعد مراجعته.
mail-confirmed-subject = تم تأكيد تسجيلك في { $meeting }
mail-confirmed-text = تم تأكيد تسجيلك في { $meeting }. ونتطلع إلى الترحيب بك.
mail-refused-subject = لم يُقبل تسجيلك في { $meeting }
mail-refused-text = لم يُقبل تسجيلك في { $meeting }. يُرجى الاتصال بوحدة دعم التنفيذ إذا كانت لديك أي أسئلة.

## التسجيل على نحو يلائم عمل الوفود (المسألة 18، البند 7)
reg-field-reason = السبب
reg-err-reason-required = اذكر السبب في كلمات قليلة.
reg-err-not-active = { $value } مرفوض أو مسحوب؛ لا يمكن تغيير إلا التسجيل المعلّق أو المعتمد.
reg-err-nobody-listed = أدرج شخصًا واحدًا على الأقل: اسم العائلة والاسم الأول وعنوان البريد الإلكتروني والدور.
reg-err-rows = تعذّر تسجيل بعض الأشخاص؛ المشكلات مبيّنة بجانبهم أدناه. لم يُسجَّل أحد من هذا الإرسال.
reg-err-decision = اختر «اعتماد» أو «رفض».
reg-err-none-ticked = حدّد تسجيلًا واحدًا على الأقل.
reg-reference = الرقم المرجعي
reg-refusal-reason = سبب الرفض
reg-view = عرض
reg-select-who = تحديد { $value }
reg-approve-selected = اعتماد المحدَّد
reg-refuse-selected = رفض المحدَّد
reg-reason-label = سبب الرفض
reg-reason-hint = مطلوب للرفض؛ ويطّلع عليه الوفد.
reg-done-reference = رقمك المرجعي: { $value }. يُرجى ذكره في أي رسالة تتعلق بهذا التسجيل.
reg-staff-delegation-link = وفد دولة
reg-change-correction = صُحِّح
reg-change-withdrawal = سُحِب
dlg-choose-title = الوفود إلى { $value }
dlg-state = الدولة
dlg-open = فتح الوفد
dlg-title = وفد { $state } إلى { $meeting }
dlg-intro = أعضاء وفد دولتك المسجَّلون في هذا الاجتماع. أضف عدة أشخاص دفعة واحدة بمذكرة شفوية واحدة، أو صحّح بيانات شخص أو اسحبه حتى الموعد النهائي للتسجيل.
dlg-posted = تم التسجيل
dlg-posted-text = هؤلاء الأشخاص مسجَّلون، في انتظار مراجعة وحدة دعم التنفيذ. أرقامهم المرجعية:
dlg-members = الأشخاص المسجَّلون
dlg-status = حالة التسجيل
dlg-changes = التغييرات
dlg-history = { $count ->
    [zero] لا توجد نسخ سابقة
    [one] نسخة سابقة واحدة
    [two] نسختان سابقتان
    [few] { $count } نسخ سابقة
    [many] { $count } نسخة سابقة
   *[other] { $count } نسخة سابقة
}
dlg-before = قبل
dlg-correct-who = تصحيح { $value }
dlg-correction-reason = لماذا يُصحَّح؟
dlg-correct = حفظ التصحيح
dlg-withdraw-reason = سبب السحب (اختياري)
dlg-withdraw-who = سحب { $value }
dlg-add = إضافة أشخاص
dlg-add-intro = املأ قسمًا واحدًا لكل شخص؛ تُتجاوز الأقسام الفارغة. يُسجَّل جميع من في الإرسال أو لا يُسجَّل أحد.
dlg-note-verbale = المذكرة الشفوية (PDF)
dlg-note-kept = المذكرة الشفوية للوفد محفوظة وتشمل هؤلاء الأشخاص؛ لا ترفق مذكرة جديدة إلا إذا تغيّرت.
dlg-note-first = مطلوبة: المذكرة الشفوية التي تعتمد الوفد، بصيغة PDF لا يتجاوز حجمها 5 ميبيبايت.
dlg-person = الشخص { $count }
dlg-submit = تسجيل هؤلاء الأشخاص
dlg-closed = أُغلق التسجيل في { $value }؛ لم يعد بالإمكان تغيير الوفد.
