# نتائج القواعد (issue 19): رسالة واحدة لكل معرّف في treatydesk_domain::finding::ALL_IDS،
# بالمتغيرات نفسها التي في النص الإنكليزي. الأرقام بالأرقام العربية الغربية (0-9) كما في الأمم المتحدة.

## المقترح 2 (rules.rs)
finding-p2-5-term-not-computable = لا يمكن تحديد مدة الولاية في المنصب { $post }: { $why }.
finding-p2-3-vacant-since = المقعد { $seat } ({ $title }) في الهيئة { $body } شاغر منذ { $from } (لم يُسجَّل أي تعيين).
finding-p2-3-vacant-from-to = كان المقعد { $seat } ({ $title }) في الهيئة { $body } شاغرًا من { $from } إلى { $to } (لم يُسجَّل أي تعيين).
finding-p2-4-not-a-state = { $who } ليست دولة؛ فالمنسق يكون من دولة طرف.
finding-p2-4-not-in-registry = «{ $code }» غير مدرج في سجل الدول.
finding-p2-4-party-unconfirmed = يتعذر التأكد من أن { $who } كانت دولة طرفًا نافذة الاتفاقية إزاءها في { $date }، وهو اليوم الأول من ولايتها: فمشاركتها غير مسجلة في ذلك التاريخ.
finding-p2-4-not-party = لم تكن { $who } دولة طرفًا نافذة الاتفاقية إزاءها في { $date }، وهو اليوم الأول من ولايتها (الوضع: { $status ->
        [not-party] ليست طرفًا
        [signatory] دولة موقِّعة
        [ratified-not-in-force] أودعت صكها ولم تبدأ الاتفاقية نفاذها بعد
        [party-in-force] دولة طرف نافذة الاتفاقية
        [withdrawn] انسحبت
        [unknown] غير معروف
        [planned] مقرر
        [convened] تمت الدعوة إليه
        [held] معقود
        [closed] مختتم
       *[other] { $status }
    }).
finding-p2-4-no-selecting-meeting = لا يذكر تعيين { $who } أي اجتماع اختارها.
finding-p2-4-meeting-does-not-select = اختيرت { $who } في الاجتماع { $meeting }، وهو ليس من الاجتماعات التي تختار المنسقين (اجتماع الدول الأطراف أو المؤتمر الاستعراضي).
finding-p2-4-decision-of-other-meeting = يستند تعيين { $who } إلى المقرر { $decision } الصادر عن اجتماع آخر، لا عن الاجتماع { $meeting }.
finding-p2-4-no-decision = لا يستند تعيين { $who } في الاجتماع { $meeting } إلى أي مقرر صادر عن ذلك الاجتماع.
finding-p2-5-before-architecture = تبدأ ولاية { $who } في { $date }، أي قبل سريان الهيكل.
finding-p2-5-no-such-seat = لا يوجد مقعد «{ $seat }» في الصيغة { $version } من الهيكل.
finding-p2-5-term-length-first-round = تدوم ولاية { $who } في { $body } بصفة { $seat } { $given ->
        [zero] { $given } دورة
        [one] دورة واحدة
        [two] دورتين
        [few] { $given } دورات
       *[other] { $given } دورة
    }، غير أن هذا المقعد يُشغَل في الجولة الأولى لمدة { $expected ->
        [zero] { $expected } دورة
        [one] دورة واحدة
        [two] دورتين
        [few] { $expected } دورات
       *[other] { $expected } دورة
    } كي تتناوب الولايتان في { $body }.
finding-p2-5-term-length = تدوم ولاية { $who } في { $body } بصفة { $seat } { $given ->
        [zero] { $given } دورة
        [one] دورة واحدة
        [two] دورتين
        [few] { $given } دورات
       *[other] { $given } دورة
    }، غير أن الهيكل النافذ يحدد لهذا المقعد ولايات مدتها { $expected ->
        [zero] { $expected } دورة
        [one] دورة واحدة
        [two] دورتين
        [few] { $expected } دورات
       *[other] { $expected } دورة
    }.
finding-p2-5-staggered = شُغل المقعدان كلاهما في { $body } في الاجتماع { $meeting } ({ $holders })؛ وبعد الجولة الأولى تبدأ الولايتان في دورتين متعاقبتين بالتناوب.
finding-p2-5-affected-state = بعد الاجتماع { $meeting }، لا يوجد في { $body } أي منسق من دولة طرف متضررة، رغم ترشيح { $nominees } (دولة متضررة).
finding-p2-6-cooling-off = قدّمت { $who } منسقًا ({ $previous }) للولاية التي انتهت في الاجتماع { $meeting }، وتشغل المقعد { $seat } في الولاية التالية مباشرة؛ ويستلزم ذلك تسجيل الضرورة.

## المقترح 2.4 عند الترشيح (record_kept.rs)
finding-p2-4-nominee-not-a-state = { $who } ليست دولة؛ ولا يجوز ترشيح إلا دولة طرف.
finding-p2-4-nominee-not-in-registry = «{ $code }» غير مدرج في سجل الدول.
finding-p2-4-nomination-meeting-does-not-select = لا يختار الاجتماع { $meeting } المنسقين، ولذلك لا يمكن تقديم أي ترشيح له.
finding-p2-4-nomination-no-such-seat = { $seat } ليس مقعدًا في الهيكل النافذ في الاجتماع { $meeting }.
finding-p2-4-nomination-first-day-unknown = يتعذر تحديد اليوم الأول من الولاية التي يمنحها الاجتماع { $meeting } انطلاقًا من الاجتماعات المسجلة، ولذلك لا يمكن التأكد من أن { $who } ستكون حينئذ دولة طرفًا نافذة الاتفاقية إزاءها.
finding-p2-4-nominee-party-unconfirmed = يتعذر التأكد من أن { $who } ستكون دولة طرفًا نافذة الاتفاقية إزاءها في { $date }{ $expected ->
        [true] {" "}(تاريخ متوقع)
       *[false] {""}
    }، وهو اليوم الأول من الولاية: فمشاركتها غير مسجلة في ذلك التاريخ.
finding-p2-4-nominee-not-party = لن تكون { $who } دولة طرفًا نافذة الاتفاقية إزاءها في { $date }{ $expected ->
        [true] {" "}(تاريخ متوقع)
       *[false] {""}
    }، وهو اليوم الأول من الولاية (الوضع حينئذ: { $status ->
        [not-party] ليست طرفًا
        [signatory] دولة موقِّعة
        [ratified-not-in-force] أودعت صكها ولم تبدأ الاتفاقية نفاذها بعد
        [party-in-force] دولة طرف نافذة الاتفاقية
        [withdrawn] انسحبت
        [unknown] غير معروف
        [planned] مقرر
        [convened] تمت الدعوة إليه
        [held] معقود
        [closed] مختتم
       *[other] { $status }
    })، ولذلك لا يجوز لها أن تشغل مقعد منسق.

## الاجتماعات (schedule.rs)
finding-meeting-venue-none = لم يُسجَّل مكان انعقاد الاجتماع { $meeting }؛ وهو يُعقد في { $city }.
finding-meeting-venue-elsewhere = مكان انعقاد الاجتماع { $meeting } المسجل هو { $venue }؛ وهو يُعقد في { $city }.
finding-meeting-closes-before-opens = يُختتم الاجتماع { $meeting } قبل افتتاحه.
finding-meeting-outside-window = يُعقد الاجتماع { $meeting } من { $opens } إلى { $closes }؛ ويجب أن تقع كل أيام الاجتماع بين { $from } و{ $to }.
finding-meeting-too-long = يستغرق الاجتماع { $meeting } { $days ->
        [one] يومًا واحدًا
        [two] يومين
        [few] { $days } أيام
       *[other] { $days } يومًا
    }؛ والحد الأقصى المسموح به { $max ->
        [one] يوم واحد
        [two] يومان
        [few] { $max } أيام
       *[other] { $max } يومًا
    }.
finding-meeting-half-day-whole-day = يجب أن يُعقد الاجتماع { $meeting } لمدة نصف يوم (صباحًا أو بعد الظهر)؛ وهو مسجل على أنه يوم كامل.
finding-meeting-half-day-span = يجب أن يُعقد الاجتماع { $meeting } لمدة نصف يوم (صباحًا أو بعد الظهر)؛ وهو مسجل من { $opens } إلى { $closes }.
finding-record-held-before-opening = الاجتماع { $meeting } مسجل على أنه { $status ->
        [not-party] ليست طرفًا
        [signatory] دولة موقِّعة
        [ratified-not-in-force] أودعت صكها ولم تبدأ الاتفاقية نفاذها بعد
        [party-in-force] دولة طرف نافذة الاتفاقية
        [withdrawn] انسحبت
        [unknown] غير معروف
        [planned] مقرر
        [convened] تمت الدعوة إليه
        [held] معقود
        [closed] مختتم
       *[other] { $status }
    } لكنه يُفتتح في { $opens }.
finding-record-closed-still-planned = اختُتم الاجتماع { $meeting } في { $closes } لكنه لا يزال مسجلًا على أنه { $status ->
        [not-party] ليست طرفًا
        [signatory] دولة موقِّعة
        [ratified-not-in-force] أودعت صكها ولم تبدأ الاتفاقية نفاذها بعد
        [party-in-force] دولة طرف نافذة الاتفاقية
        [withdrawn] انسحبت
        [unknown] غير معروف
        [planned] مقرر
        [convened] تمت الدعوة إليه
        [held] معقود
        [closed] مختتم
       *[other] { $status }
    }.
finding-p3-1-chair-mismatch = الاجتماع { $meeting } مسجل على أن { $recorded } ترأسه، غير أن { $holder } تشغل منصب { $office ->
        [president] الرئيس
        [president-designate] الرئيس المعيَّن
        [isu-director] مدير وحدة دعم التنفيذ
       *[other] «{ $office }»
    } في { $date }.
finding-p3-1-chair-derived = لم يُسجَّل من يرأس الاجتماع { $meeting }؛ و{ $holder } تشغل منصب { $office ->
        [president] الرئيس
        [president-designate] الرئيس المعيَّن
        [isu-director] مدير وحدة دعم التنفيذ
       *[other] «{ $office }»
    } في { $date } وترأسه.
finding-p3-1-no-chair = لا أحد يشغل منصب { $office ->
        [president] الرئيس
        [president-designate] الرئيس المعيَّن
        [isu-director] مدير وحدة دعم التنفيذ
       *[other] «{ $office }»
    } في { $date }، ولذلك لا يمكن لأحد أن يرأس الاجتماع { $meeting }.
finding-art-11-first-msp-late = افتُتح الاجتماع { $meeting } في { $opens }؛ ويجب أن يُعقد اجتماع الدول الأطراف الأول في غضون { $months ->
        [one] شهر واحد
        [two] شهرين
        [few] { $months } أشهر
       *[other] { $months } شهرًا
    } من بدء النفاذ ({ $eif })، أي في موعد أقصاه { $due }.
finding-art-11-no-first-msp = لم يُسجَّل أي اجتماع أول للدول الأطراف؛ وكان موعده الأقصى { $due }.
finding-art-12-review-year = افتُتح الاجتماع { $meeting } في عام { $opened }؛ ويُعقد المؤتمر الاستعراضي الأول بعد { $years ->
        [one] سنة واحدة
        [two] سنتين
        [few] { $years } سنوات
       *[other] { $years } سنة
    } من بدء النفاذ، أي في عام { $due }.
finding-art-11-no-msp-in-year = لم يُسجَّل أي اجتماع للدول الأطراف في عام { $year }؛ فهي تجتمع سنويًا حتى المؤتمر الاستعراضي الأول.
finding-art-11-several-in-year = سُجِّل في عام { $year } { $count ->
        [one] اجتماع رسمي واحد
        [two] اجتماعان رسميان
        [few] { $count } اجتماعات رسمية
       *[other] { $count } اجتماعًا رسميًا
    } ({ $meetings })؛ والقاعدة اجتماع واحد في السنة.
finding-meeting-yearly-none = لم يُسجَّل أي اجتماع من نوع «{ $kind }» في عام { $year }؛ ويُعقد اجتماع منه كل سنة.
finding-meeting-yearly-several = سُجِّل في عام { $year } { $count ->
        [one] اجتماع واحد
        [two] اجتماعان
        [few] { $count } اجتماعات
       *[other] { $count } اجتماعًا
    } من نوع «{ $kind }» ({ $meetings })؛ والقاعدة اجتماع واحد في السنة.

## المقترح 1.3 (schedule/adjacent.rs)
finding-p1-3-not-consecutive = لا يُعقد الاجتماع { $meeting } متتاليًا مع اجتماعات عام { $year } الأخرى في { $city }: { $others }.{ $advice }
finding-p1-3-other-meeting = { $title } ({ $convention })، من { $opens } إلى { $closes }
finding-p1-3-no-adjacent-dates = {" "}لا توجد تواريخ متاخمة تحترم القواعد الخاصة بالاجتماع.
finding-p1-3-adjacent-dates = {" "}تواريخ متاخمة تحترم قواعده: { $dates }.
finding-p1-3-suggestion = من { $opens } إلى { $closes } ({ $position ->
        [after] بعد
       *[before] قبل
    } { $next_to })
