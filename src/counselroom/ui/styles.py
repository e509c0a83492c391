"""The one palette of the screens: every colour by what it means, and the style fragments built from it.

Code outside this module names a colour from here (``QColor(ERROR_INK)``, ``f"color: {HINT_INK};"``)
and never writes one; ``tests/ui/test_palette.py`` holds it to that. Before the palette some colours
were written a shade apart for the same thing; those under about one ΔE2000 (a difference nobody
sees) were merged into one name, the comments say which.
"""

# -- Text ------------------------------------------------------------------------------------------
TEXT_INK = "#202124"              # near-black, where a widget paints or marks its own text
SECONDARY_INK = "#3c4043"         # dark grey: neutral badges and state words, chart labels
HINT_INK = "#5f6368"              # hints and explanations under a field, "later", muted detail
QUIET_INK = "#80868b"             # what needs no attention any more: closed, withdrawn, cancelled
FAINT_INK = "#9aa0a6"             # an inactive client; the edge of something closed or not judged yet
DISABLED_ACCOUNT_INK = "#6b6b6b"  # an account that was switched off
CLOSED_REFERRAL_INK = "#6f7378"   # a referral that is finished
LATER_STEP_INK = "#8a8a8a"        # the steps of the archive wizard not reached yet
UNAVAILABLE_INK = "#808080"       # a drive that cannot be chosen (Qt's darkGray, written out)
LINK_INK = "#1a5fb4"              # a flat button that reads as a link
CURRENT_STEP_INK = "#1a4d8f"      # the step of the archive wizard one is on

# -- Surfaces and lines ----------------------------------------------------------------------------
SURFACE = "#ffffff"               # cards and painted views; text on a strong colour
PANEL_BG = "#f8f9fa"              # a quiet grey panel: previews, instructions, score box, empty chart,
                                  # a closed crisis, a visit's heading in the archive (#f6f7f8, #f6f7f9 merged)
GREY_FILL = "#f1f3f4"             # a neutral badge or chip, a cancelled appointment
GREY_FILL_STRONG = "#e8eaed"      # the badge of a closed crisis; behind a scanned page
HAIRLINE = "#e0e0e0"              # a thin separator, the frame of a step card (#e3e3e3 merged)
FRAME_BORDER = "#e0e3e7"          # the frame of a grey panel; the grid of the week view
LIGHT_BORDER = "#dadce0"          # a read-only chip; the frame of an empty chart
OPTION_BORDER = "#c4c7cc"         # an answer button of a test item
READ_ONLY_BG = "#f4f2ed"          # a signed text field: it must not look editable

# -- The room's warm frame: navigation, cards, "paper" -----------------------------------------------
NAV_BG = "#f3f1ec"                # the navigation column
NAV_SELECTED_BG = "#e2dccb"       # the page one is on
NAV_SELECTED_INK = "#1f1f1f"
WARM_RULE = "#d9d6cf"             # separators and frames on the warm background
GROUP_BORDER = "#d5d2c8"          # the boxes of the closing checklist
CARD_BORDER = "#e3e0d8"           # the white cards of the home and duty pages
PAPER_BG = "#fbfaf5"              # something to copy down by hand: recovery code, one-time password
PAPER_BORDER = "#d8d2bd"
PAPER_NUMBER_INK = "#7a7462"      # the numbers of the recovery code groups

# -- Error, danger, risk -----------------------------------------------------------------------------
ERROR_INK = "#b3261e"             # errors, overdue, failed, high risk; the red accent and button
ERROR_BG = "#fdecea"              # a box or row with a problem (#fbe9e7 of the roster import merged)
ERROR_BORDER = "#e6a19b"          # the frame of such a box
ERROR_DEEP_INK = "#5c1411"        # text on ERROR_BG; the focus ring of a red button
ERROR_TINT = "#fdf3f1"            # an open crisis, a critical answer: warm, calmer than ERROR_BG
ERROR_TINT_BORDER = "#f4c7c3"     # the frame of the current item when its answer is critical
CRISIS_BORDER = "#ead9d6"         # the frame of a crisis heading
RISK_HIGH_INK = "#a50e0e"         # high risk in the crisis list
RISK_MEDIUM_INK = "#8a4b00"       # medium risk; steps still open

# -- Warning, due, draft (amber) ---------------------------------------------------------------------
WARNING_INK = "#7a4a00"           # text of an amber notice; something due
WARNING_BG = "#fff4e0"            # an amber notice box
WARNING_BORDER = "#f0c36d"
NOTICE_BG = "#fff4e5"             # an amber card on the home page; a wide search
FLAGGED_BG = "#fdf1e4"            # the home card of clients a test flagged
WIDE_SEARCH_INK = "#5d4037"
DUE_INK = "#a15c00"               # due today, a password to change, duty short of its minimum
DRAFT_INK = "#8a5a00"             # an unsigned record or test; the read-only badge
PENDING_INK = "#b06000"           # a draft in the archive view, medium risk badge, a step not done
PENDING_ACCENT = "#e0a030"        # the edge of a pending step; a duty day short of its minimum
PENDING_TINT = "#fffaf0"
FAIR_STRENGTH = "#e0a000"         # a passphrase half way to strong enough
AMBER_TINT = "#fff8e1"            # today in the week view; a note on opening an archive
AMBER_NOTE_BORDER = "#e0c060"
AMBER_NOTE_INK = "#4a3800"
ARCHIVE_BG = "#fff4d6"            # a read-only archived quarter; a late addendum
ARCHIVE_BORDER = "#e0b84d"
MARK_BG = "#ffe082"               # the searched words in a result

# -- Success -----------------------------------------------------------------------------------------
OK_INK = "#1e7d32"                # done, saved, signed, passed, on duty; the green button
OK_BG = "#e8f5e9"                 # a box saying all is well (#e8f4ea of the recovery offer merged)
OK_BORDER = "#8bc34a"
OK_DEEP_INK = "#1b5e20"           # text on OK_BG
OK_DEEPER_INK = "#0d4f1c"         # the focus ring of a green button; an attended appointment
DONE_ACCENT = "#3c8c4a"           # the edge of a crisis step done
MET_BAR = "#2e7d32"               # a duty day that met its minimum (ΔE 1.4 from OK_INK: kept)

# -- Blue: selection, information, the current thing ---------------------------------------------------
ACCENT = "#1a73e8"                # the current item, hover, the line of "now"; a booked appointment
ACCENT_TINT = "#d2e3fc"
SELECTION_BG = "#e8f0fe"          # a chosen day, a chosen client chip
SELECTION_BORDER = "#aecbfa"
INFO_TINT = "#eef4fb"             # the current test item, an addendum, low risk
LOW_RISK_INK = "#174ea6"
INFO_BG = "#f1f5fb"               # an information box in the account dialogs
INFO_BORDER = "#d4dcea"
INFO_INK = "#2b3645"
RECORD_HEAD_BG = "#eef2f7"        # the heading of a client's file in the archive view
NAVY = "#1f3356"                  # the trend line, today's duty bar, a chosen answer
NAVY_MUTED = "#5f6f8c"            # a chosen answer that can no longer change

# -- The week view: each appointment status as fill, edge, text -----------------------------------------
BOOKED_INK = "#0b3a82"
ATTENDED_FILL = "#ceead6"
NO_SHOW_FILL = "#fde2c4"
NO_SHOW_BORDER = "#c26400"
NO_SHOW_INK = "#6b3600"
CANCELLED_BORDER = "#bdc1c6"
CLOSED_HOURS_FILL = "#eceff1"     # hours the room is closed
HOUR_LINE = "#c4c8cc"             # the full hours of the grid

# -- Charts ----------------------------------------------------------------------------------------------
# Score bands by severity: none, mild, moderate, high (the printed chart in reports/ uses the same).
BAND_NONE_FILL = "#e8f3ea"
BAND_MILD_FILL = "#fbf4dc"
BAND_MODERATE_FILL = "#fbe7d3"
BAND_HIGH_FILL = "#f8dcdc"
BAND_NONE_INK = "#3d6b46"
BAND_MILD_INK = "#7a6320"
BAND_MODERATE_INK = "#8a4f1c"
BAND_HIGH_INK = "#8e2a2a"
TREND_GRID = "#c9ced6"
DUTY_BAR = "#5b7db1"              # minutes on duty in a day
DUTY_GRID = "#d9dde3"
DUTY_TRACK = "#eef0f3"            # behind the weekly minutes
STEP_NA_ACCENT = "#b0b4b8"        # the edge of a crisis step that does not apply

# -- Style fragments -----------------------------------------------------------------------------------
HINT_STYLE = f"color: {HINT_INK};"
OK_STYLE = f"color: {OK_INK};"
ERROR_STYLE = f"color: {ERROR_INK};"
# A field with a problem: outlined in the error colour (its message is on the line under it).
INVALID_BORDER = f"border: 1px solid {ERROR_INK}; border-radius: 3px;"
BOLD = " font-weight: 600;"
# Boxes that say how something went; each place adds its padding and text colour.
ERROR_BOX = f"background: {ERROR_BG}; border: 1px solid {ERROR_BORDER}; border-radius: 6px;"
OK_BOX = f"background: {OK_BG}; border: 1px solid {OK_BORDER}; border-radius: 6px;"
WARNING_BOX = f"background: {WARNING_BG}; border: 1px solid {WARNING_BORDER}; border-radius: 6px;"
PAPER_BOX = f"background: {PAPER_BG}; border: 1px solid {PAPER_BORDER}; border-radius: 6px;"
CARD_BOX = f"background: {SURFACE}; border: 1px solid {CARD_BORDER}; border-radius: 8px;"
# The same boxes, whole, as most places use them.
PROBLEM_BOX_STYLE = f"{ERROR_BOX} padding: 8px 12px; color: {ERROR_DEEP_INK};"
SOUND_BOX_STYLE = f"{OK_BOX} padding: 8px 12px; color: {OK_DEEP_INK};"
AMBER_BOX_STYLE = f"{WARNING_BOX} padding: 8px 10px; color: {WARNING_INK};"
